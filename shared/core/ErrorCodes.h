#pragma once

namespace adp::shared::errorcodes {

// Machine-readable codes of the API's error body {"error":{"code":...}}.
// docs/api.md lists the HTTP status each one travels with.
inline constexpr auto BadRequest = "bad_request";                      // 400 malformed JSON, bad query
inline constexpr auto ValidationFailed = "validation_failed";          // 422 field errors in details
inline constexpr auto Unauthenticated = "unauthenticated";             // 401 no or expired session
inline constexpr auto Forbidden = "forbidden";                         // 403
inline constexpr auto NotFound = "not_found";                          // 404
inline constexpr auto MethodNotAllowed = "method_not_allowed";         // 405
inline constexpr auto Conflict = "conflict";                           // 409 duplicate slug
inline constexpr auto PayloadTooLarge = "payload_too_large";           // 413
inline constexpr auto UnsupportedMediaType = "unsupported_media_type"; // 415
inline constexpr auto RateLimited = "rate_limited";                    // 429
inline constexpr auto Internal = "internal";                           // 500
inline constexpr auto Unavailable = "unavailable";                     // 503 storage down, shutting down

// Client-side only: the request never got an HTTP answer.
inline constexpr auto NetworkError = "network_error";

} // namespace adp::shared::errorcodes

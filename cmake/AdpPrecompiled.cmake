# Precompiled headers: Qt Core's and Network's common headers and the standard library, parsed once
# per library instead of once per file (about 40% of a cold build's compile time here). Kept lean on
# purpose: spdlog/fmt or yaml-cpp in a PCH make it larger than the work it saves. No QtTest either:
# its headers read QT_TESTCASE_BUILDDIR, which differs per suite, and would make the shared PCH invalid.
option(ADP_PRECOMPILE "Precompile common Qt and standard headers" ON)

set(ADP_PRECOMPILED_HEADERS
  <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList>
  <QMap> <QObject> <QString> <QStringList> <QUrl> <QVariant>
  <functional> <memory> <optional> <variant> <vector>)

# A library or program compiled with its own flags gets its own PCH.
function(adp_precompile target)
  if(ADP_PRECOMPILE)
    target_precompile_headers(${target} PRIVATE ${ADP_PRECOMPILED_HEADERS})
  endif()
endfunction()

# The test suites share one PCH (same flags, no strict string macros): built once, not once per suite.
function(adp_precompile_like_tests target)
  if(ADP_PRECOMPILE)
    if(NOT TARGET adp_test_pch)
      file(WRITE ${CMAKE_BINARY_DIR}/adp_test_pch.cpp "// Hosts the test suites' precompiled header.\n")
      add_library(adp_test_pch OBJECT ${CMAKE_BINARY_DIR}/adp_test_pch.cpp)
      target_link_libraries(adp_test_pch PRIVATE adp_options Qt6::Core Qt6::Network)
      target_precompile_headers(adp_test_pch PRIVATE ${ADP_PRECOMPILED_HEADERS})
    endif()
    target_precompile_headers(${target} REUSE_FROM adp_test_pch)
  endif()
endfunction()

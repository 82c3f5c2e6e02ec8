#include "FailureRules.h"

#include <QHash>

namespace adp::shared::analysis {

namespace {
using C = FailureClass;
using K = Capture;

// A source file as compilers print it: a path ending in an extension.
#define ADP_SOURCE_FILE "(?<file>[^\\s:()'\"]*?\\.[A-Za-z0-9+]{1,6})"

// Weights: 100 the runner's own verdict; 50-80 a line that says the cause outright; 30 a line
// typical of the class; 20 a summary line; 10 a hint; 0 a generic error line.
const std::vector<FailureRule> &table()
{
    static const std::vector<FailureRule> rules{
        // The runner and the job's end.
        {"runner_timeout", "execution took longer than", C::Timeout, 100, nullptr, K::None, nullptr},
        {"exit_code", "job failed: exit code", C::Unknown, 0, "Job failed: exit code (?<code>\\d+)", K::ExitCode,
         nullptr},
        {"go_test_timeout", "test timed out after", C::Timeout, 80, nullptr, K::None, "go"},
        {"timed_out", "timed out", C::Timeout, 10, nullptr, K::None, nullptr},
        {"deadline", "deadline exceeded", C::Timeout, 20, nullptr, K::None, nullptr},

        // Out of memory, or killed for it.
        {"out_of_memory", "out of memory", C::OutOfMemory, 60, nullptr, K::None, nullptr},
        {"java_oom", "outofmemoryerror", C::OutOfMemory, 70, nullptr, K::None, "java"},
        {"python_memory_error", "memoryerror", C::OutOfMemory, 60, "(^|\\s)MemoryError\\b", K::None, "python"},
        {"bad_alloc", "std::bad_alloc", C::OutOfMemory, 60, nullptr, K::None, nullptr},
        {"cannot_allocate", "cannot allocate memory", C::OutOfMemory, 50, nullptr, K::None, nullptr},
        {"oom_killed", "oomkilled", C::OutOfMemory, 70, nullptr, K::None, "kubernetes"},
        {"compiler_killed", "killed signal terminated program", C::OutOfMemory, 70, nullptr, K::None, nullptr},
        {"killed", "killed", C::OutOfMemory, 30, "(^|[\\s:])Killed(\\s|$)", K::None, nullptr},
        {"go_signal_killed", "signal: killed", C::OutOfMemory, 30, nullptr, K::None, "go"},

        // Compilers.
        {"cc_error", "error:", C::CompileError, 30,
         "^\\s*" ADP_SOURCE_FILE ":(?<line>\\d+)(?::(?<col>\\d+))?:\\s+(?:fatal\\s+)?error:\\s*(?<msg>.*)$",
         K::Location, "gcc/clang"},
        {"msvc_error", "error c", C::CompileError, 30,
         "^\\s*(?<file>.+?)\\((?<line>\\d+)(?:,(?<col>\\d+))?\\)\\s*:\\s*(?:fatal\\s+)?error\\s+C\\d{4}\\s*:\\s*(?<msg>.*)$",
         K::Location, "msvc"},
        {"tsc_error", "error ts", C::CompileError, 30,
         "^(?<file>\\S+?)(?:\\((?<line>\\d+),(?<col>\\d+)\\)|:(?<line2>\\d+):(?<col2>\\d+))\\s*(?:-\\s*|:\\s*)?error\\s+"
         "TS\\d+:\\s*(?<msg>.*)$",
         K::Location, "tsc"},
        {"rustc_error", "error[e", C::CompileError, 30, "^error\\[E\\d{4}\\]:\\s*(?<msg>.*)$", K::Location, "rustc"},
        {"rustc_could_not_compile", "could not compile", C::CompileError, 20, nullptr, K::None, "rustc"},
        {"rustc_location", "-->", C::Unknown, 0, "^\\s*--> " ADP_SOURCE_FILE ":(?<line>\\d+):(?<col>\\d+)\\s*$",
         K::FollowingLocation, "rustc"},
        {"go_error", ".go:", C::CompileError, 30,
         "^(?:vet: )?(?:\\./)?(?<file>[^\\s:]+\\.go):(?<line>\\d+):(?<col>\\d+):\\s+(?<msg>.*)$", K::Location, "go"},
        {"go_test_location", "_test.go:", C::Unknown, 0,
         "^\\s+(?<file>[^\\s:]+_test\\.go):(?<line>\\d+):\\s*(?<msg>.*)$", K::TestLocation, "go"},
        {"python_compile", "*** error compiling", C::CompileError, 40, nullptr, K::Location, "python"},
        {"python_location", "file \"", C::Unknown, 0, "^\\s*File \"(?<file>[^\"]+)\", line (?<line>\\d+)",
         K::FollowingLocation, "python"},
        {"maven_compile", "[error]", C::CompileError, 30,
         "^\\[ERROR\\]\\s+(?<file>\\S+?\\.(?:java|kt|scala)):\\[(?<line>\\d+),(?<col>\\d+)\\]\\s*(?<msg>.*)$",
         K::Location, "javac"},
        {"maven_compilation_error", "compilation error", C::CompileError, 20, nullptr, K::None, "maven"},
        {"undefined_reference", "undefined reference to", C::CompileError, 30, nullptr, K::None, "ld"},
        {"undefined_symbol", "undefined symbol", C::CompileError, 30, nullptr, K::None, "ld"},
        {"linker_failed", "ld returned 1 exit status", C::CompileError, 10, nullptr, K::None, "ld"},

        // Tests.
        {"pytest_failed", "failed ", C::TestFailure, 30, "^FAILED (?<test>\\S+::\\S+?)(?: - .*)?$", K::Test, "pytest"},
        {"pytest_summary", " failed", C::TestFailure, 20, "^=+ .*\\b\\d+ failed\\b.* =+$", K::None, "pytest"},
        {"unittest_failed", ": test", C::TestFailure, 30, "^(?:FAIL|ERROR): (?<test>\\w+) \\([\\w.]+\\)", K::Test,
         "unittest"},
        {"unittest_summary", "failed (", C::TestFailure, 20, "^FAILED \\((?:failures|errors)=\\d+", K::None,
         "unittest"},
        {"jest_failed", "\xe2\x97\x8f ", C::TestFailure, 30,
         "^\\s*\xe2\x97\x8f (?!Test suite failed to run)(?<test>.+)$", K::Test, "jest"},
        {"jest_summary", "tests:", C::TestFailure, 20, "^Tests:\\s+\\d+ failed", K::None, "jest"},
        {"tap_not_ok", "not ok ", C::TestFailure, 30, "^\\s*not ok \\d+(?: -)? (?<test>.+?)(?:\\s+#.*)?$", K::Test,
         "tap"},
        {"go_test_failed", "--- fail:", C::TestFailure, 30, "^\\s*--- FAIL: (?<test>\\S+)", K::Test, "go"},
        {"cargo_test_failed", "... failed", C::TestFailure, 30, "^test (?<test>\\S+) \\.\\.\\. FAILED$", K::Test,
         "cargo"},
        {"cargo_summary", "test result: failed", C::TestFailure, 20, nullptr, K::None, "cargo"},
        {"ctest_failed", " - ", C::TestFailure, 30,
         "^\\s*\\d+ - (?<test>\\S+) \\((?:Failed|SEGFAULT|Subprocess aborted|Exception|Timeout|Child aborted|"
         "Not Run)\\)$",
         K::Test, "ctest"},
        {"ctest_summary", "tests failed out of", C::TestFailure, 20, nullptr, K::None, "ctest"},
        {"qtest_failed", "fail!", C::TestFailure, 30, "^FAIL!\\s+: (?<test>\\S+?\\(\\))", K::Test, "qtest"},
        {"qtest_location", "loc: [", C::Unknown, 0, "^\\s*Loc: \\[(?<file>.+)\\((?<line>\\d+)\\)\\]", K::TestLocation,
         "qtest"},
        {"surefire_failed", "[error]", C::TestFailure, 30, "^\\[ERROR\\]\\s+(?<test>\\w[\\w.$]*\\.\\w+):\\d+", K::Test,
         "maven"},
        {"surefire_summary", "tests run:", C::TestFailure, 20,
         "Tests run: \\d+, Failures: (?:[1-9]|\\d+, Errors: [1-9])", K::None, "maven"},
        {"gradle_failed", " failed", C::TestFailure, 30, "^(?<test>\\S+ > .+) FAILED$", K::Test, "gradle"},
        {"mocha_failing", " failing", C::TestFailure, 20, "^\\s*\\d+ failing$", K::None, "mocha"},
        {"rspec_failed", "rspec ./", C::TestFailure, 30, "^rspec \\S+:\\d+ # (?<test>.+)$", K::Test, "rspec"},
        {"dotnet_failed", "failed ", C::TestFailure, 30, "^\\s*Failed (?<test>[\\w.]+) \\[", K::Test, "dotnet"},

        // Missing commands, packages and libraries.
        {"command_not_found", "not found", C::MissingDependency, 50,
         "(?:^|: )(?:line \\d+: )?(?<msg>[\\w.+-]+): (?:command )?not found$", K::None, "shell"},
        {"python_module", "no module named", C::MissingDependency, 50, nullptr, K::None, "python"},
        {"node_module", "cannot find module", C::MissingDependency, 50, nullptr, K::None, "node"},
        {"node_esm_module", "err_module_not_found", C::MissingDependency, 50, nullptr, K::None, "node"},
        {"missing_header", "no such file or directory", C::MissingDependency, 60,
         "fatal error: \\S+\\.(?:h|hh|hpp|hxx|H)\\S*: No such file or directory", K::None, "gcc/clang"},
        {"missing_header_clang", "file not found", C::MissingDependency, 60,
         "fatal error: '\\S+\\.(?:h|hh|hpp|hxx)' file not found", K::None, "clang"},
        {"missing_library", "cannot find -l", C::MissingDependency, 50, nullptr, K::None, "ld"},
        {"shared_library", "cannot open shared object file", C::MissingDependency, 50, nullptr, K::None, nullptr},
        {"cmake_package", "could not find a package configuration file", C::MissingDependency, 50, nullptr, K::None,
         "cmake"},
        {"cmake_find", "could not find", C::MissingDependency, 50, "Could NOT find \\w+", K::None, "cmake"},
        {"pkg_config", "pkg-config search path", C::MissingDependency, 50, nullptr, K::None, "pkg-config"},
        {"pkg_config_package", "was not found", C::MissingDependency, 40, "^Package \\S+ was not found", K::None,
         "pkg-config"},
        {"go_module", "no required module provides package", C::MissingDependency, 50, nullptr, K::None, "go"},
        {"go_module_lookup", "cannot find module providing package", C::MissingDependency, 50, nullptr, K::None, "go"},
        {"go_sum", "missing go.sum entry", C::MissingDependency, 40, nullptr, K::None, "go"},
        {"cargo_package", "no matching package named", C::MissingDependency, 50, nullptr, K::None, "cargo"},
        {"cargo_version", "failed to select a version", C::MissingDependency, 40, nullptr, K::None, "cargo"},
        {"maven_plugin", "no plugin found for prefix", C::MissingDependency, 50, nullptr, K::None, "maven"},
        {"maven_dependencies", "could not resolve dependencies", C::MissingDependency, 40, nullptr, K::None, "maven"},
        {"maven_offline", "in offline mode", C::MissingDependency, 40, nullptr, K::None, "maven"},
        {"npm_ci_lock", "can only install packages when your package.json and package-lock.json", C::MissingDependency,
         50, nullptr, K::None, "npm"},
        {"npm_ci_lock_missing", "npm ci", C::MissingDependency, 30, "npm ci.*(?:package-lock|lockfile)", K::None,
         "npm"},
        {"npm_not_found", "404 not found", C::MissingDependency, 40, nullptr, K::None, "npm"},
        {"java_class", "classnotfoundexception", C::MissingDependency, 50, nullptr, K::None, "java"},
        {"java_noclassdef", "noclassdeffounderror", C::MissingDependency, 50, nullptr, K::None, "java"},
        {"apt_package", "unable to locate package", C::MissingDependency, 50, nullptr, K::None, "apt"},
        {"pip_no_distribution", "no matching distribution found", C::MissingDependency, 30, nullptr, K::None, "pip"},
        {"image_manifest", "manifest unknown", C::MissingDependency, 40, nullptr, K::None, "docker"},

        // Network and registries.
        {"resolve_host", "could not resolve host", C::Network, 50, nullptr, K::None, nullptr},
        {"name_resolution", "temporary failure in name resolution", C::Network, 50, nullptr, K::None, nullptr},
        {"unknown_host", "name or service not known", C::Network, 40, nullptr, K::None, nullptr},
        {"getaddrinfo", "enotfound", C::Network, 50, nullptr, K::None, "node"},
        {"failed_to_connect", "failed to connect to", C::Network, 50, nullptr, K::None, nullptr},
        {"connection_refused", "connection refused", C::Network, 50, nullptr, K::None, nullptr},
        {"econnrefused", "econnrefused", C::Network, 50, nullptr, K::None, "node"},
        {"econnreset", "econnreset", C::Network, 40, nullptr, K::None, "node"},
        {"etimedout", "etimedout", C::Network, 40, nullptr, K::None, "node"},
        {"connection_reset", "connection reset by peer", C::Network, 40, nullptr, K::None, nullptr},
        {"connection_timed_out", "connection timed out", C::Network, 50, nullptr, K::None, nullptr},
        {"network_unreachable", "network is unreachable", C::Network, 50, nullptr, K::None, nullptr},
        {"new_connection", "failed to establish a new connection", C::Network, 50, nullptr, K::None, "pip"},
        {"dial_tcp", "dial tcp", C::Network, 50, nullptr, K::None, "go"},
        {"io_timeout", "i/o timeout", C::Network, 40, nullptr, K::None, "go"},
        {"tls_handshake", "tls handshake timeout", C::Network, 50, nullptr, K::None, nullptr},
        {"certificate", "ssl certificate problem", C::Network, 40, nullptr, K::None, nullptr},
        {"docker_daemon", "cannot connect to the docker daemon", C::Network, 50, nullptr, K::None, "docker"},
        {"maven_transfer", "could not transfer artifact", C::Network, 40, nullptr, K::None, "maven"},
        {"git_unable_to_access", "unable to access '", C::Network, 40, nullptr, K::None, "git"},
        {"kube_unreachable", "unable to connect to the server", C::Network, 50, nullptr, K::None, "kubectl"},
        {"gateway", "bad gateway", C::Network, 30, nullptr, K::None, nullptr},
        {"unavailable", "service unavailable", C::Network, 30, nullptr, K::None, nullptr},

        // Permissions.
        {"permission_denied", "permission denied", C::PermissionDenied, 50, nullptr, K::None, nullptr},
        {"eacces", "eacces", C::PermissionDenied, 50, nullptr, K::None, "node"},
        {"python_permission", "permissionerror", C::PermissionDenied, 50, nullptr, K::None, "python"},
        {"not_permitted", "operation not permitted", C::PermissionDenied, 40, nullptr, K::None, nullptr},
        {"eperm", "eperm", C::PermissionDenied, 40, nullptr, K::None, "node"},
        {"access_denied", "access denied", C::PermissionDenied, 30, nullptr, K::None, nullptr},
        {"forbidden", "forbidden", C::PermissionDenied, 30, "\\(Forbidden\\)|\\bforbidden:|403 Forbidden", K::None,
         nullptr},
        {"read_only", "read-only file system", C::PermissionDenied, 30, nullptr, K::None, nullptr},

        // Script errors.
        {"shell_syntax", "syntax error", C::ScriptError, 50, nullptr, K::None, "shell"},
        {"unbound_variable", "unbound variable", C::ScriptError, 50, nullptr, K::None, "shell"},
        {"bad_substitution", "bad substitution", C::ScriptError, 50, nullptr, K::None, "shell"},
        {"unexpected_operator", "unexpected operator", C::ScriptError, 50, nullptr, K::None, "shell"},
        {"null_parameter", "parameter null or not set", C::ScriptError, 50, nullptr, K::None, "shell"},
        {"too_many_arguments", "too many arguments", C::ScriptError, 40, nullptr, K::None, "shell"},
        {"integer_expected", "integer expression expected", C::ScriptError, 40, nullptr, K::None, "shell"},
        {"missing_separator", "missing separator", C::ScriptError, 50, nullptr, K::None, "make"},
        {"no_rule", "no rule to make target", C::ScriptError, 40, nullptr, K::None, "make"},
        {"jq_parse", "parse error", C::ScriptError, 40, nullptr, K::None, nullptr},
        {"yaml_error", "yaml:", C::ScriptError, 30, "\\byaml: line \\d+", K::None, nullptr},
        // Python's and JavaScript's uncaught errors (one rule: SyntaxError and TypeError are both's).
        {"uncaught_error", "error:", C::ScriptError, 30,
         "^(?:Uncaught )?(?:\\w+\\.)*(?:NameError|TypeError|AttributeError|KeyError|ValueError|IndexError|"
         "ZeroDivisionError|FileNotFoundError|RuntimeError|UnboundLocalError|SyntaxError|IndentationError|"
         "JSONDecodeError|ReferenceError|RangeError):",
         K::None, "python/node"},
        {"traceback", "traceback (most recent call last)", C::ScriptError, 10, nullptr, K::None, "python"},
        {"go_panic", "panic:", C::ScriptError, 30, "^panic: ", K::None, "go"},
        {"missing_file", "no such file or directory", C::ScriptError, 15, nullptr, K::None, nullptr},

        // Any error line: what a log no rule explains is shown by.
        {"error_line", "error", C::Unknown, 0, nullptr, K::None, nullptr},
        {"fatal_line", "fatal", C::Unknown, 0, nullptr, K::None, nullptr},
        {"failed_line", "fail", C::Unknown, 0, nullptr, K::None, nullptr},
        {"exception_line", "exception", C::Unknown, 0, nullptr, K::None, nullptr},
        {"segfault", "segmentation fault", C::Unknown, 0, nullptr, K::None, nullptr},
    };
    return rules;
}

QList<QByteArray> keywordsOf(const std::vector<FailureRule> &rules)
{
    QList<QByteArray> keywords;
    for (const FailureRule &rule : rules) {
        const QByteArray keyword(rule.keyword);
        if (!keywords.contains(keyword))
            keywords.append(keyword);
    }
    return keywords;
}
} // namespace

const FailureRules &FailureRules::instance()
{
    static const FailureRules rules;
    return rules;
}

FailureRules::FailureRules()
    : m_rules(table())
    , m_scanner(keywordsOf(table()))
{
    const QList<QByteArray> keywords = keywordsOf(m_rules);
    m_byKeyword.resize(size_t(keywords.size()));
    for (size_t i = 0; i < m_rules.size(); ++i) {
        m_byKeyword[size_t(keywords.indexOf(QByteArray(m_rules[i].keyword)))].push_back(int(i));
        QRegularExpression pattern;
        if (m_rules[i].pattern) {
            pattern.setPattern(QString::fromUtf8(m_rules[i].pattern));
            pattern.optimize();
        }
        m_patterns.push_back(pattern);
    }
}

FailureClass FailureRules::classOfExitCode(int code)
{
    switch (code) {
    case 124: // GNU timeout
        return FailureClass::Timeout;
    case 126: // found, not executable
        return FailureClass::PermissionDenied;
    case 127: // not found
        return FailureClass::MissingDependency;
    case 137: // SIGKILL: most often the out-of-memory killer
        return FailureClass::OutOfMemory;
    default:
        return FailureClass::Unknown;
    }
}

} // namespace adp::shared::analysis

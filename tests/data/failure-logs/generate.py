#!/usr/bin/env python3
"""Makes the labelled failure logs the job failure analyzer is measured on.

Every log is the real output of a real tool run here (gcc, clang, javac, tsc, rustc, go, pytest,
jest, ctest, go test, cargo test, node, python, bash, curl, git, pip, npm, maven...) on a small
project written to fail in one known way, framed the way ADP's shell runner frames a job log
("$ command" lines, then "ERROR: Job failed: exit code N"). The label of each log is the way it
was made to fail: its class, a text its first bad line holds, the failing tests' names and the
compiler's file:line. Run once by hand where the tools are installed (not by CI); the logs and
labels.json are committed.

    python3 tests/data/failure-logs/generate.py [--tools DIR_WITH_node_modules]
"""
import json, os, re, subprocess, sys, tempfile, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
TOOLS = sys.argv[sys.argv.index("--tools") + 1] if "--tools" in sys.argv else "/tmp/ailog-tools"
BIN = os.path.join(TOOLS, "node_modules", ".bin")
PY = "/usr/bin/python3"
SCENARIOS = []


def scenario(name, klass, files, script, first, tests=(), location=None, timeout=None, user=None):
    SCENARIOS.append(dict(name=name, klass=klass, files=files, script=script, first=first,
                          tests=list(tests), location=location, timeout=timeout, user=user))


def run(s):
    work = tempfile.mkdtemp(prefix="adp-faillog-")
    os.chmod(work, 0o777)
    for path, text in s["files"].items():
        full = os.path.join(work, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write(textwrap.dedent(text).lstrip("\n"))
        os.chmod(full, 0o666 if not path.endswith(".sh") else 0o644)
    env = dict(os.environ, PATH=BIN + ":/usr/local/go/bin:" + os.environ["PATH"], HOME=work,
               CI="true", NO_COLOR="1", TERM="dumb", CARGO_TERM_COLOR="never",
               GOFLAGS="-mod=mod", GOPROXY="off", GOCACHE=os.path.join(work, ".gocache"),
               GOPATH=os.path.join(work, ".gopath"), npm_config_cache=os.path.join(work, ".npm"),
               PIP_NO_CACHE_DIR="1", PYTHONDONTWRITEBYTECODE="1",
               RUSTUP_HOME=os.environ.get("RUSTUP_HOME", os.path.expanduser("~/.rustup")),
               CARGO_HOME=os.environ.get("CARGO_HOME", os.path.expanduser("~/.cargo")))
    lines = ["Running with adp-runner on this machine, the shell executor",
             "Preparing the workspace: a fresh checkout of refs/heads/main",
             "Getting source from the project's mirror"]
    log = "\n".join(lines) + "\n"
    exit_code = 0
    timed_out = False
    for command in s["script"]:
        log += "$ " + command + "\n"
        wrapped = command
        if s["user"]:
            wrapped = "setpriv --reuid=nobody --regid=nogroup --clear-groups bash -c " + shlex_quote(command)
        try:
            done = subprocess.run(["bash", "-c", wrapped], cwd=work, env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, timeout=s["timeout"] or 300)
            log += done.stdout.decode("utf-8", "replace").replace(work, "/builds/shop")
            exit_code = done.returncode
        except subprocess.TimeoutExpired as expired:
            log += (expired.stdout or b"").decode("utf-8", "replace").replace(work, "/builds/shop")
            timed_out = True
        if timed_out or exit_code != 0:
            break
    if not log.endswith("\n"):
        log += "\n"
    if timed_out:
        log += "ERROR: Job failed: execution took longer than %d seconds\n" % s["timeout"]
    else:
        log += "ERROR: Job failed: exit code %d\n" % (exit_code if exit_code > 0 else 128 - exit_code)
    subprocess.run(["rm", "-rf", work])
    return log, exit_code, timed_out


def shlex_quote(text):
    return "'" + text.replace("'", "'\"'\"'") + "'"


# ---------------------------------------------------------------- compile errors
scenario("gcc-undeclared", "compile_error", {"src/main.c": """
    #include <stdio.h>
    int main(void) {
        printf("%d\\n", count);
        return 0;
    }
"""}, ["gcc -Wall -c src/main.c -o main.o"], "undeclared (first use in this function)", location="src/main.c:3")
scenario("gcc-missing-semicolon", "compile_error", {"lib/ring.c": """
    int ring_size(int n) {
        int size = n * 2
        return size;
    }
"""}, ["gcc -c lib/ring.c"], "error: expected", location="lib/ring.c:3")
scenario("gxx-no-member", "compile_error", {"src/shop.cpp": """
    #include <string>
    #include <vector>
    struct Cart { std::vector<std::string> items; };
    int total(const Cart &cart) { return cart.itemz.size(); }
"""}, ["g++ -std=c++20 -c src/shop.cpp"], "has no member named", location="src/shop.cpp:4")
scenario("gxx-template", "compile_error", {"src/sum.cpp": """
    #include <map>
    #include <string>
    int main() {
        std::map<std::string, int> prices;
        prices.insert(3.5);
        return 0;
    }
"""}, ["make sum CXX=g++ CXXFLAGS=-std=c++17 -C src"], "error: no matching function", location="sum.cpp:5")
scenario("clang-undeclared", "compile_error", {"src/queue.c": """
    int push(int *q, int v) {
        q[tail++] = v;
        return 0;
    }
"""}, ["clang -c src/queue.c"], "use of undeclared identifier 'tail'", location="src/queue.c:2")
scenario("clangxx-type", "compile_error", {"src/price.cpp": """
    #include <string>
    int price() {
        std::string value = 42.0;
        return 0;
    }
"""}, ["clang++ -std=c++20 -c src/price.cpp"], "error: no viable conversion", location="src/price.cpp:3")
scenario("cmake-gcc-build", "compile_error", {"CMakeLists.txt": """
    cmake_minimum_required(VERSION 3.16)
    project(shop CXX)
    add_executable(shop main.cpp)
""", "main.cpp": """
    #include <iostream>
    int main() {
        std::cout << undefinedThing << std::endl;
    }
"""}, ["cmake -S . -B build -G 'Unix Makefiles' > /dev/null", "cmake --build build"],
         "was not declared in this scope", location="main.cpp:3")
scenario("javac-symbol", "compile_error", {"src/shop/Cart.java": """
    package shop;
    public class Cart {
        public int total() {
            return items.size();
        }
    }
"""}, ["javac -d out src/shop/Cart.java"], "error: cannot find symbol", location="src/shop/Cart.java:4")
scenario("javac-types", "compile_error", {"src/App.java": """
    public class App {
        public static void main(String[] args) {
            int count = "three";
            System.out.println(count);
        }
    }
"""}, ["javac -d out src/App.java"], "error: incompatible types", location="src/App.java:3")
scenario("tsc-type", "compile_error", {"tsconfig.json": """
    {"compilerOptions": {"strict": true, "noEmit": true}, "include": ["src"]}
""", "src/cart.ts": """
    export function total(prices: number[]): number {
        const label: number = "total";
        return prices.reduce((a, b) => a + b, 0);
    }
"""}, ["tsc -p ."], "error TS2322", location="src/cart.ts:2")
scenario("tsc-missing-prop", "compile_error", {"tsconfig.json": """
    {"compilerOptions": {"strict": true, "noEmit": true}, "include": ["src"]}
""", "src/user.ts": """
    interface User { name: string; }
    const user: User = { name: "ada" };
    console.log(user.email);
"""}, ["tsc -p ."], "error TS2339", location="src/user.ts:3")
scenario("rustc-mismatch", "compile_error", {"Cargo.toml": """
    [package]
    name = "shop"
    version = "0.1.0"
    edition = "2021"
""", "src/main.rs": """
    fn main() {
        let count: u32 = "three";
        println!("{}", count);
    }
"""}, ["cargo build --offline"], "error[E0308]: mismatched types", location="src/main.rs:2")
scenario("rustc-borrow", "compile_error", {"Cargo.toml": """
    [package]
    name = "queue"
    version = "0.1.0"
    edition = "2021"
""", "src/main.rs": """
    fn main() {
        let items = vec![1, 2, 3];
        let moved = items;
        println!("{:?} {:?}", items, moved);
    }
"""}, ["cargo build --offline"], "error[E0382]", location="src/main.rs:4")
scenario("go-undefined", "compile_error", {"go.mod": "module example.com/shop\n\ngo 1.19\n", "main.go": """
    package main

    import "fmt"

    func main() {
        fmt.Println(total)
    }
"""}, ["go build ./..."], "undefined: total", location="main.go:6")
scenario("go-unused", "compile_error", {"go.mod": "module example.com/cart\n\ngo 1.19\n", "cart/cart.go": """
    package cart

    import "os"

    func Size() int {
        return 3
    }
"""}, ["go vet ./... && go build ./..."], "\"os\" imported but not used", location="cart/cart.go:3")
scenario("ld-undefined-reference", "compile_error", {"main.c": """
    int helper(int);
    int main(void) { return helper(2); }
"""}, ["gcc main.c -o app"], "undefined reference to `helper'")
scenario("python-compileall", "compile_error", {"app/views.py": """
    def index(request):
        return render(request, "index.html"
"""}, [PY + " -m compileall -q app"], "Error compiling", location="app/views.py:2")

# ---------------------------------------------------------------- test failures
scenario("pytest-assert", "test_failure", {"tests/test_cart.py": """
    def total(prices):
        return sum(prices) + 1

    def test_total():
        assert total([1, 2]) == 3

    def test_empty():
        assert total([]) == 1
"""}, [PY + " -m pytest -q tests"], "FAILED tests/test_cart.py::test_total", tests=["tests/test_cart.py::test_total"])
scenario("pytest-two", "test_failure", {"tests/test_api.py": """
    import pytest

    def test_status():
        assert 200 == 404

    @pytest.mark.parametrize("n", [1, 2])
    def test_even(n):
        assert n % 2 == 0
"""}, [PY + " -m pytest tests"], "assert 200 == 404",
         tests=["tests/test_api.py::test_status", "tests/test_api.py::test_even[1]"])
scenario("pytest-exception", "test_failure", {"test_parse.py": """
    import json

    def test_parse():
        json.loads("{not json}")
"""}, [PY + " -m pytest -q"], "JSONDecodeError", tests=["test_parse.py::test_parse"])
scenario("unittest-fail", "test_failure", {"test_orders.py": """
    import unittest

    class OrderTest(unittest.TestCase):
        def test_discount(self):
            self.assertEqual(90, 100 * 0.8)

        def test_name(self):
            self.assertTrue(True)

    if __name__ == "__main__":
        unittest.main()
"""}, [PY + " -m unittest -v test_orders"], "FAIL: test_discount", tests=["test_discount"])
scenario("jest-fail", "test_failure", {"package.json": '{"name": "shop", "version": "1.0.0"}\n', "cart.test.js": """
    function total(prices) { return prices.reduce((a, b) => a + b, 1); }

    describe('cart', () => {
      test('adds prices', () => {
        expect(total([1, 2])).toBe(3);
      });
      test('empty cart', () => {
        expect(total([])).toBe(1);
      });
    });
"""}, ["jest --ci"], "cart › adds prices", tests=["cart › adds prices"])
scenario("jest-throw", "test_failure", {"package.json": '{"name": "api", "version": "1.0.0"}\n', "api.test.js": """
    test('parses the body', () => {
      JSON.parse('{broken');
    });
"""}, ["jest --ci"], "parses the body", tests=["parses the body"])
scenario("node-test", "test_failure", {"test/cart.test.mjs": """
    import test from 'node:test';
    import assert from 'node:assert/strict';

    test('sums prices', () => {
      assert.equal([1, 2].reduce((a, b) => a + b, 0), 4);
    });
"""}, ["node --test test/"], "not ok 1 - sums prices", tests=["sums prices"])
scenario("go-test", "test_failure", {"go.mod": "module example.com/price\n\ngo 1.19\n", "price.go": """
    package price

    func Add(a, b int) int { return a - b }
""", "price_test.go": """
    package price

    import "testing"

    func TestAdd(t *testing.T) {
        if got := Add(2, 3); got != 5 {
            t.Errorf("Add(2, 3) = %d, want 5", got)
        }
    }

    func TestZero(t *testing.T) {
        if Add(0, 0) != 0 {
            t.Fatal("zero")
        }
    }
"""}, ["go test ./..."], "--- FAIL: TestAdd", tests=["TestAdd"], location="price_test.go:7")
scenario("go-test-sub", "test_failure", {"go.mod": "module example.com/table\n\ngo 1.19\n", "table_test.go": """
    package table

    import "testing"

    func TestTable(t *testing.T) {
        for _, name := range []string{"one", "two"} {
            t.Run(name, func(t *testing.T) {
                if name == "two" {
                    t.Errorf("bad %s", name)
                }
            })
        }
    }
"""}, ["go test -v ./..."], "--- FAIL: TestTable", tests=["TestTable/two"])
scenario("cargo-test", "test_failure", {"Cargo.toml": """
    [package]
    name = "calc"
    version = "0.1.0"
    edition = "2021"
""", "src/lib.rs": """
    pub fn add(a: i32, b: i32) -> i32 { a - b }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn adds() {
            assert_eq!(add(2, 2), 4);
        }

        #[test]
        fn zero() {
            assert_eq!(add(0, 0), 0);
        }
    }
"""}, ["cargo test --offline"], "tests::adds", tests=["tests::adds"])
scenario("ctest-fail", "test_failure", {"CMakeLists.txt": """
    cmake_minimum_required(VERSION 3.16)
    project(checks C)
    enable_testing()
    add_executable(check_math check_math.c)
    add_executable(check_io check_io.c)
    add_test(NAME math COMMAND check_math)
    add_test(NAME io COMMAND check_io)
""", "check_math.c": """
    #include <stdio.h>
    int main(void) { if (2 + 2 != 5) { printf("math: expected 5\\n"); return 1; } return 0; }
""", "check_io.c": "int main(void) { return 0; }\n"},
         ["cmake -S . -B build > /dev/null", "cmake --build build > /dev/null", "cd build && ctest --output-on-failure"],
         "math (Failed)", tests=["math"])
scenario("ctest-qtest", "test_failure", {"CMakeLists.txt": """
    cmake_minimum_required(VERSION 3.16)
    project(suite CXX)
    set(CMAKE_AUTOMOC ON)
    find_package(Qt6 REQUIRED COMPONENTS Test)
    enable_testing()
    add_executable(tst_cart tst_cart.cpp)
    target_link_libraries(tst_cart Qt6::Test)
    add_test(NAME tst_cart COMMAND tst_cart)
""", "tst_cart.cpp": """
    #include <QtTest>
    class TestCart : public QObject
    {
        Q_OBJECT
    private Q_SLOTS:
        void totalAddsPrices() { QCOMPARE(2 + 2, 5); }
        void emptyCartIsFree() { QCOMPARE(0, 0); }
    };
    QTEST_GUILESS_MAIN(TestCart)
    #include "tst_cart.moc"
"""}, ["cmake -S . -B build > /dev/null", "cmake --build build > /dev/null", "cd build && ctest --output-on-failure"],
         "FAIL!  : TestCart::totalAddsPrices()", tests=["tst_cart", "TestCart::totalAddsPrices()"],
         location="tst_cart.cpp:6")
scenario("make-check-shell", "test_failure", {"Makefile": """
    check:
    \t@./run-tests.sh
""", "run-tests.sh": """
    #!/bin/sh
    echo "ok 1 - parses config"
    echo "not ok 2 - rejects empty name"
    echo "1..2"
    exit 1
"""}, ["chmod +x run-tests.sh", "make check"], "not ok 2 - rejects empty name", tests=["rejects empty name"])

# ---------------------------------------------------------------- missing command or dependency
scenario("bash-command-not-found", "missing_dependency", {}, ["yarn install --frozen-lockfile"],
         "yarn: command not found")
scenario("bash-cnf-later", "missing_dependency", {"build.sh": "echo building\nhelm lint chart/\n"},
         ["bash build.sh"], "helm: command not found")
scenario("python-module", "missing_dependency", {"app.py": "import requests\nprint(requests.get)\n"},
         [PY + " app.py"], "ModuleNotFoundError: No module named 'requests'")
scenario("node-module", "missing_dependency", {"server.js": "const express = require('express');\n"},
         ["node server.js"], "Cannot find module 'express'")
scenario("gcc-missing-header", "missing_dependency", {"net.c": "#include <curl/curlx.h>\nint main(void){return 0;}\n"},
         ["gcc -c net.c"], "curl/curlx.h: No such file or directory")
scenario("ld-missing-lib", "missing_dependency", {"main.c": "int main(void){return 0;}\n"},
         ["gcc main.c -lshopclient -o app"], "cannot find -lshopclient")
scenario("cmake-find-package", "missing_dependency", {"CMakeLists.txt": """
    cmake_minimum_required(VERSION 3.16)
    project(app CXX)
    find_package(ShopSdk REQUIRED)
"""}, ["cmake -S . -B build"], "Could not find a package configuration file provided by \"ShopSdk\"")
scenario("pkg-config-missing", "missing_dependency", {}, ["pkg-config --cflags shopclient-1.0"],
         "Package shopclient-1.0 was not found")
scenario("go-missing-module", "missing_dependency", {"go.mod": "module example.com/web\n\ngo 1.19\n", "main.go": """
    package main

    import "github.com/gorilla/mux"

    func main() { _ = mux.NewRouter() }
"""}, ["go build ./..."], "github.com/gorilla/mux")
scenario("cargo-offline-dep", "missing_dependency", {"Cargo.toml": """
    [package]
    name = "svc"
    version = "0.1.0"
    edition = "2021"

    [dependencies]
    serde = "1"
""", "src/main.rs": "fn main() {}\n"}, ["cargo build --offline"], "serde")
scenario("mvn-offline", "missing_dependency", {"pom.xml": """
    <project xmlns="http://maven.apache.org/POM/4.0.0">
      <modelVersion>4.0.0</modelVersion>
      <groupId>shop</groupId>
      <artifactId>cart</artifactId>
      <version>1.0</version>
      <dependencies>
        <dependency>
          <groupId>com.example.shop</groupId>
          <artifactId>pricing-client</artifactId>
          <version>9.9.9</version>
        </dependency>
      </dependencies>
    </project>
"""}, ["mvn -B -o -q -Dmaven.repo.local=$HOME/.m2 dependency:resolve"], "No plugin found for prefix 'dependency'")
scenario("npm-ci-no-lock", "missing_dependency", {"package.json": '{"name": "web", "version": "1.0.0", "dependencies": {"left-pad": "1.3.0"}}\n'},
         ["npm ci --offline"], "npm ci")
scenario("java-class-not-found", "missing_dependency", {"Main.java": """
    public class Main {
        public static void main(String[] args) throws Exception {
            Class.forName("org.postgresql.Driver");
        }
    }
"""}, ["javac Main.java", "java Main"], "ClassNotFoundException: org.postgresql.Driver")

# ---------------------------------------------------------------- out of memory / killed
scenario("python-memoryerror", "out_of_memory", {"load.py": "data = bytearray(8 * 1024 * 1024 * 1024)\n"},
         ["ulimit -v 600000; " + PY + " load.py"], "MemoryError")
scenario("java-heap", "out_of_memory", {"Hog.java": """
    import java.util.*;
    public class Hog {
        public static void main(String[] args) {
            List<long[]> hold = new ArrayList<>();
            while (true) hold.add(new long[1 << 20]);
        }
    }
"""}, ["javac Hog.java", "java -Xmx32m Hog"], "java.lang.OutOfMemoryError: Java heap space")
scenario("node-heap", "out_of_memory", {"hog.js": """
    const hold = [];
    for (;;) hold.push(new Array(1e6).fill({ a: Math.random() }));
"""}, ["node --max-old-space-size=32 hog.js"], "JavaScript heap out of memory")
scenario("killed-137", "out_of_memory", {"worker.sh": "echo 'loading the index'\nsh -c 'kill -9 $$'\nexit $?\n"},
         ["bash worker.sh"], "Killed")
scenario("cpp-bad-alloc", "out_of_memory", {"alloc.cpp": """
    #include <vector>
    int main() { std::vector<char> big(64UL * 1024 * 1024 * 1024); return big[0]; }
"""}, ["g++ alloc.cpp -o alloc", "ulimit -v 400000; ./alloc"], "std::bad_alloc")

# ---------------------------------------------------------------- timeout
scenario("timeout-sleep", "timeout", {}, ["echo 'waiting for the database'", "sleep 30"], "took longer than", timeout=2)
scenario("timeout-tests", "timeout", {"slow_test.py": """
    import time
    def test_slow():
        time.sleep(60)
"""}, [PY + " -m pytest -q slow_test.py"], "took longer than", timeout=3)
scenario("timeout-cmd", "timeout", {}, ["timeout 1 sleep 20"], "exit code 124")
scenario("go-test-timeout", "timeout", {"go.mod": "module example.com/hang\n\ngo 1.19\n", "hang_test.go": """
    package hang

    import ("testing"; "time")

    func TestHang(t *testing.T) { time.Sleep(time.Minute) }
"""}, ["go test -timeout 2s ./..."], "panic: test timed out after 2s")

# ---------------------------------------------------------------- network or registry
scenario("curl-refused", "network", {}, ["curl -sS --fail http://127.0.0.1:9/health"], "Failed to connect to 127.0.0.1 port 9")
scenario("curl-resolve", "network", {}, ["curl -sS https://registry.shop.invalid/v2/"], "Could not resolve host")
scenario("git-clone-refused", "network", {}, ["git clone http://127.0.0.1:9/shop/cart.git"], "Failed to connect")
scenario("pip-index-down", "network", {}, [PY + " -m pip download --no-deps -d wheels --index-url http://127.0.0.1:9/simple --retries 1 --timeout 2 requests"],
         "Failed to establish a new connection")
scenario("npm-registry-down", "network", {"package.json": '{"name": "web", "version": "1.0.0"}\n'},
         ["npm install left-pad --registry http://127.0.0.1:9/ --fetch-retries=0"], "ECONNREFUSED")
scenario("go-proxy-down", "network", {"go.mod": "module example.com/api\n\ngo 1.19\n", "main.go": """
    package main

    import "github.com/pkg/errors"

    func main() { _ = errors.New("x") }
"""}, ["GOPROXY=http://127.0.0.1:9 GOFLAGS=-mod=mod go build ./..."], "connection refused")
scenario("wget-refused", "network", {}, ["wget -q -O- --tries=1 http://127.0.0.1:9/artifact.tar.gz"], "")
scenario("docker-daemon", "network", {}, ["docker pull registry.shop.invalid/base:1.2"], "Cannot connect to the Docker daemon")
scenario("python-urllib", "network", {"fetch.py": """
    import urllib.request
    urllib.request.urlopen("http://127.0.0.1:9/api", timeout=2)
"""}, [PY + " fetch.py"], "Connection refused")

# ---------------------------------------------------------------- permission denied
scenario("exec-no-x", "permission_denied", {"deploy.sh": "echo deploying\n"}, ["./deploy.sh"], "Permission denied")
scenario("mkdir-nobody", "permission_denied", {}, ["mkdir -p /opt/shop-release"], "Permission denied", user="nobody")
scenario("write-nobody", "permission_denied", {}, ["echo 1 > /etc/shop.conf"], "Permission denied", user="nobody")
scenario("python-eacces", "permission_denied", {}, [PY + " -c \"open('/root/.netrc', 'w')\""], "PermissionError", user="nobody")
scenario("npm-eacces", "permission_denied", {}, ["cd /tmp && npm install left-pad --cache /root/.npm-shop"],
         "EACCES", user="nobody")
scenario("ssh-key-perm", "permission_denied", {}, ["cat /root/.ssh/id_ed25519_deploy"], "Permission denied", user="nobody")

# ---------------------------------------------------------------- script errors
scenario("bash-syntax", "script_error", {"release.sh": "if [ -n \"$TAG\" ]; then\n  echo tag\nfi fi\n"},
         ["bash release.sh"], "syntax error near unexpected token")
scenario("bash-eof", "script_error", {"build.sh": "for f in *.c; do\n  echo $f\n"},
         ["bash build.sh"], "syntax error: unexpected end of file")
scenario("bash-unbound", "script_error", {"env.sh": "set -u\necho \"deploying $DEPLOY_TARGET\"\n"},
         ["bash env.sh"], "DEPLOY_TARGET: unbound variable")
scenario("sh-bad-test", "script_error", {"check.sh": "VERSION='1 2'\nif [ $VERSION = 1 ]; then echo one; fi\nexit 2\n"},
         ["sh check.sh"], "unexpected operator")
scenario("bash-bad-substitution", "script_error", {"tag.sh": "echo 'tagging'\necho \"releasing ${1.0}\"\n"},
         ["bash tag.sh"], "bad substitution")
scenario("python-nameerror", "script_error", {"migrate.py": "print('migrating')\nrun_migrations()\n"},
         [PY + " migrate.py"], "NameError: name 'run_migrations' is not defined")
scenario("node-referenceerror", "script_error", {"build.js": "console.log('bundling');\nbundle();\n"},
         ["node build.js"], "ReferenceError: bundle is not defined")
scenario("jq-parse", "script_error", {"version.json": "{\"version\": }\n"}, ["jq -r .version version.json"], "parse error")


def first_line_of(log, text):
    for number, line in enumerate(log.split("\n"), 1):
        if text and text in line:
            return number
    return 0


def main():
    only = [a for a in sys.argv[1:] if not a.startswith("--") and a != TOOLS]
    labels = {}
    if only and os.path.exists(os.path.join(HERE, "labels.json")):
        labels = json.load(open(os.path.join(HERE, "labels.json")))
    for s in SCENARIOS:
        if only and s["name"] not in only:
            continue
        log, code, timed_out = run(s)
        path = os.path.join(HERE, s["name"] + ".log")
        with open(path, "w") as f:
            f.write(log)
        label = {"class": s["klass"], "first_error": s["first"]}
        if s["tests"]:
            label["tests"] = s["tests"]
        if s["location"]:
            label["location"] = s["location"]
        if s["first"] and not first_line_of(log, s["first"]):
            print("WARNING: %s: %r is not in its log" % (s["name"], s["first"]))
        if code == 0 and not timed_out:
            print("WARNING: %s did not fail" % s["name"])
        labels[s["name"]] = label
        print("%-28s %-18s exit %s%s" % (s["name"], s["klass"], code, " (timeout)" if timed_out else ""))
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()

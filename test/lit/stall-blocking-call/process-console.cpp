// Waiting for child processes and for console input. Reading a string
// stream with the same functions is silent. Console output is never
// reported, whichever way it is written (iostreams, printf, the C stdio
// calls on stdout/stderr); the same calls on a file are.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <sys/wait.h>

boost::asio::awaitable<void> shell(pid_t child) {
  std::system("make");
  // CHECK: :[[@LINE-1]]:3: warning: call to 'system' blocks the event loop in coroutine 'shell': it waits for a child process (category 'process') [stall-blocking-call]
  FILE *p = ::popen("ls", "r");
  // CHECK: :[[@LINE-1]]:13: warning: call to 'popen' blocks
  ::pclose(p);
  // CHECK: :[[@LINE-1]]:3: note: call to 'pclose' on 'p' blocks here too
  int status = 0;
  ::waitpid(child, &status, 0);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'waitpid' blocks
  co_return;
}

boost::asio::awaitable<void> prompt() {
  std::string name;
  std::getline(std::cin, name);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'std::getline' blocks the event loop in coroutine 'prompt': it waits for console input (category 'console') [stall-blocking-call]
  int age = 0;
  std::cin >> age;
  // CHECK: :[[@LINE-1]]:12: warning: call to 'std::basic_istream<char>::operator>>' blocks
  std::cin >> name;
  // CHECK: :[[@LINE-1]]:12: warning: call to 'std::operator>>' blocks

  std::istringstream canned("x 1");
  std::getline(canned, name);
  canned >> age;
  std::cout << name << age << '\n'; // console output is not flagged
  std::cerr << "age " << age << std::endl;
  std::printf("%d\n", age);
  std::fprintf(stderr, "%d\n", age);
  std::fputs("done\n", stdout);
  std::fwrite(name.data(), 1, name.size(), stdout);
  std::fflush(stdout);
  ::fflush(stderr);
  co_return;
}

boost::asio::awaitable<void> log_to_file(FILE *log) {
  std::fprintf(log, "%d\n", 1);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'fprintf' blocks the event loop in coroutine 'log_to_file': it performs synchronous file I/O (category 'file-io')
  std::fflush(log);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'fflush' blocks the event loop in coroutine 'log_to_file': it performs synchronous file I/O (category 'file-io')
  co_return;
}

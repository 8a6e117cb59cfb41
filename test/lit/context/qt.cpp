// Qt, described by the default catalogue's handoffs: QTimer::singleShot
// and connected functors run on the event loop; QtConcurrent::run on the
// global thread pool.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' --quiet %s -- %mock_flags \
// RUN:   | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <QtCore/QTimer>
#include <chrono>
#include <fstream>
#include <thread>

void schedule(QTimer *timer, QObject *context) {
  QTimer::singleShot(100, [] {
    std::this_thread::sleep_for(std::chrono::seconds(1));
    // CHECK: :[[@LINE-1]]:5: warning: call to 'std::this_thread::sleep_for' blocks the event loop in a lambda
    // CHECK: :[[@LINE-3]]:3: note: the lambda is handed to 'QTimer::singleShot' here, which runs it on the event loop
  });
  QObject::connect(timer, &QTimer::timeout, context, [] {
    std::ifstream in("settings.ini");
    // CHECK: :[[@LINE-1]]:19: warning: construction of 'std::ifstream' blocks the event loop in a lambda
    // CHECK: :[[@LINE-3]]:3: note: the lambda is handed to 'QObject::connect' here, which runs it on the event loop
  });
  QtConcurrent::run([] { std::this_thread::sleep_for(std::chrono::seconds(1)); });
}

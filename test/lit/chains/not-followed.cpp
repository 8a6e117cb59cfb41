// What chains cannot see through (virtual calls), and the way to tell
// stallcheck: list the function in a user catalogue. Then the call is a
// finding wherever it is, directly or through helpers.
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' %s -- %mock_flags \
// RUN:   | FileCheck %s --check-prefix=DEFAULT --implicit-check-not="{{warning|error}}:" --allow-empty
// RUN: %check_both_fronts --checks='-*,stall-blocking-call' \
// RUN:   --config="{CheckOptions: {stall-blocking-call.Catalogue: '%inputs/chains/virtual-blocking.yaml'}}" \
// RUN:   %s -- %mock_flags | FileCheck %s --implicit-check-not="{{warning|error}}:"

#include <boost/asio.hpp>
#include <fstream>
#include <memory>

namespace storage {
struct Backend {
  virtual ~Backend() = default;
  virtual void flush() = 0;
};
struct FileBackend : Backend {
  void flush() override { std::ofstream("state.bin") << "x"; }
};
} // namespace storage

void save(storage::Backend &backend) { backend.flush(); }

boost::asio::awaitable<void> session(std::unique_ptr<storage::Backend> backend) {
  backend->flush();
  // CHECK: :[[@LINE-1]]:12: warning: call to 'storage::Backend::flush' blocks the event loop in coroutine 'session': it performs synchronous file I/O (category 'file-io')
  save(*backend);
  // CHECK: :[[@LINE-1]]:3: warning: call to 'save' blocks the event loop in coroutine 'session': it performs synchronous file I/O through 'storage::Backend::flush' (category 'file-io')
  // CHECK: :[[@LINE-7]]:48: note: 'save' calls 'storage::Backend::flush' here
  co_return;
}
// Without the catalogue entry, neither call is followed into FileBackend.
// DEFAULT-NOT: warning:

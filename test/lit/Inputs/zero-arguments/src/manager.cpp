#include "process.h"
#include <boost/asio.hpp>

boost::asio::awaitable<void> restart(std::shared_ptr<Process> process) {
  stop_process(process, 5);
  co_return;
}

boost::asio::awaitable<void> kill_now(std::shared_ptr<Process> process) {
  stop_process(process, 0);
  co_return;
}

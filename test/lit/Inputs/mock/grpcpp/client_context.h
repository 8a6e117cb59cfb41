// Mock of gRPC's <grpcpp/client_context.h>: per-call settings (deadline,
// metadata, cancellation); nothing here waits.
#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <string>

#include <grpc/support/time.h>
#include <grpcpp/support/config.h>
#include <grpcpp/support/status.h>
#include <grpcpp/support/time.h>

namespace grpc {
class ChannelInterface;
class CompletionQueue;
template <class R>
class ClientReader;
template <class W>
class ClientWriter;
template <class W, class R>
class ClientReaderWriter;
namespace internal {
class RpcMethod;
template <class InputMessage, class OutputMessage>
class BlockingUnaryCallImpl;
template <class InputMessage, class OutputMessage>
class CallbackUnaryCallImpl;
class ClientAsyncResponseReaderHelper;
}  // namespace internal

/// A ClientContext allows the person implementing a service client to:
///
/// - Add custom metadata key-value pairs that will propagated to the server
/// side.
/// - Control call settings such as compression and authentication.
/// - Initial and trailing metadata coming from the server.
/// - Get performance metrics (ie, census).
class ClientContext {
 public:
  ClientContext();
  ~ClientContext();

  /// Add the (\a meta_key, \a meta_value) pair to the metadata associated with
  /// a client call.
  void AddMetadata(const std::string& meta_key, const std::string& meta_value);

  /// Set the deadline for the client call.
  template <typename T>
  void set_deadline(const T& deadline) {
    grpc::TimePoint<T> deadline_tp(deadline);
    deadline_ = deadline_tp.raw_time();
  }

  /// Trigger wait-for-ready or not on this request.
  void set_wait_for_ready(bool wait_for_ready) {
    wait_for_ready_set_ = true;
    wait_for_ready_ = wait_for_ready;
  }

  /// Return the deadline for the client call.
  std::chrono::system_clock::time_point deadline() const {
    return grpc::Timespec2Timepoint(deadline_);
  }

  /// Send a best-effort out-of-band cancel on the call associated with
  /// this client context.
  void TryCancel();

 private:
  // Disallow copy and assign.
  ClientContext(const ClientContext&);
  ClientContext& operator=(const ClientContext&);

  template <class R>
  friend class grpc::ClientReader;
  template <class W>
  friend class grpc::ClientWriter;
  template <class W, class R>
  friend class grpc::ClientReaderWriter;
  friend class grpc::internal::ClientAsyncResponseReaderHelper;
  template <class InputMessage, class OutputMessage>
  friend class grpc::internal::BlockingUnaryCallImpl;
  template <class InputMessage, class OutputMessage>
  friend class grpc::internal::CallbackUnaryCallImpl;

  bool initial_metadata_received_ = false;
  bool wait_for_ready_;
  bool wait_for_ready_set_;
  gpr_timespec deadline_;
  std::multimap<std::string, std::string> send_initial_metadata_;
};

}  // namespace grpc

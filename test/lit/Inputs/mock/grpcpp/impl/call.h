// Mock of gRPC's <grpcpp/impl/call.h> (with CallHook from
// <grpcpp/impl/call_hook.h>): the C call object the synchronous and
// asynchronous APIs start their operations on. Starting operations does
// not wait; the completion queue is where a caller waits.
#pragma once

#include <grpc/grpc.h>

namespace grpc {
class CompletionQueue;

namespace internal {
class Call;
class CallOpSetInterface;

/// This is an interface that Channel and Server implement to allow them to hook
/// performing ops.
class CallHook {
 public:
  virtual ~CallHook() {}
  virtual void PerformOpsOnCall(CallOpSetInterface* ops, Call* call) = 0;
};

/// Straightforward wrapping of the C call object
class Call final {
 public:
  Call()
      : call_hook_(nullptr),
        cq_(nullptr),
        call_(nullptr),
        max_receive_message_size_(-1) {}
  /** call is owned by the caller */
  Call(grpc_call* call, CallHook* call_hook, grpc::CompletionQueue* cq)
      : call_hook_(call_hook),
        cq_(cq),
        call_(call),
        max_receive_message_size_(-1) {}

  void PerformOps(CallOpSetInterface* ops) {
    call_hook_->PerformOpsOnCall(ops, this);
  }

  grpc_call* call() const { return call_; }
  grpc::CompletionQueue* cq() const { return cq_; }

  int max_receive_message_size() const { return max_receive_message_size_; }

 private:
  CallHook* call_hook_;
  grpc::CompletionQueue* cq_;
  grpc_call* call_;
  int max_receive_message_size_;
};
}  // namespace internal
}  // namespace grpc

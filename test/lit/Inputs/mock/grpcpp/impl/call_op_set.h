// Mock of gRPC's <grpcpp/impl/call_op_set.h> (with CallOpSetInterface from
// <grpcpp/impl/call_op_set_interface.h>): the batches of operations a call
// starts. The operations' members are elided.
#pragma once

#include <cstdint>

#include <grpcpp/impl/call.h>
#include <grpcpp/impl/completion_queue_tag.h>

namespace grpc {

/// Per-message write options.
class WriteOptions {
 public:
  WriteOptions() : flags_(0), last_message_(false) {}

  /// Clear all flags.
  inline void Clear() { flags_ = 0; }

  /// Returns raw flags bitset.
  inline uint32_t flags() const { return flags_; }

  /// Sets flag indicating that the write may be buffered and need not go out
  /// on the wire immediately.
  inline WriteOptions& set_buffer_hint() {
    flags_ |= 0x1u;
    return *this;
  }

  /// last-message bit: indicates this is the last message in a stream
  /// client-side:  makes Write the equivalent of performing Write, WritesDone
  /// in a single step
  inline WriteOptions& set_last_message() {
    last_message_ = true;
    return *this;
  }

  /// Get value for the flag indicating that this is the last message, and
  /// should be coalesced with trailing metadata.
  bool is_last_message() const { return last_message_; }

 private:
  uint32_t flags_;
  bool last_message_;
};

namespace internal {

/// An abstract collection of call ops, used to generate the
/// grpc_call_op structure to pass down to the lower layers,
/// and as it is-a CompletionQueueTag, also massages the final
/// completion into the correct form for consumption in the C++
/// API.
class CallOpSetInterface : public CompletionQueueTag {
 public:
  /// Fills in grpc_op, starting from ops[*nops] and moving
  /// upwards.
  virtual void FillOps(internal::Call* call) = 0;
};

/// Default argument for CallOpSet. The Unused parameter is unused by
/// the class, but can be used for generating multiple names for the
/// same thing.
template <int Unused>
class CallNoOp {};

class CallOpSendInitialMetadata {};
class CallOpSendMessage {};
template <class R>
class CallOpRecvMessage {
 public:
  bool got_message = false;
};
class CallOpGenericRecvMessage {
 public:
  bool got_message = false;
};
class CallOpClientSendClose {};
class CallOpRecvInitialMetadata {};
class CallOpClientRecvStatus {};

/// Primary implementation of CallOpSetInterface.
/// Since we cannot use variadic templates, we declare slots up to
/// the maximum count of ops we'll need in a set. We leverage the
/// empty base class optimization to slim this class (especially
/// when there are many unused slots used). To avoid duplicate base classes,
/// the template parameter for CallNoOp is varied by argument position.
template <class Op1 = CallNoOp<1>, class Op2 = CallNoOp<2>,
          class Op3 = CallNoOp<3>, class Op4 = CallNoOp<4>,
          class Op5 = CallNoOp<5>, class Op6 = CallNoOp<6>>
class CallOpSet : public CallOpSetInterface,
                  public Op1,
                  public Op2,
                  public Op3,
                  public Op4,
                  public Op5,
                  public Op6 {
 public:
  CallOpSet() {}
  void FillOps(Call* /*call*/) override {}
  bool FinalizeResult(void** /*tag*/, bool* status) override {
    return *status;
  }
};

}  // namespace internal
}  // namespace grpc

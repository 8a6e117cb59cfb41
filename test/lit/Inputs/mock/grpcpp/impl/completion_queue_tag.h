// Mock of gRPC's <grpcpp/impl/completion_queue_tag.h>.
#pragma once

namespace grpc {

namespace internal {
/// An interface allowing implementors to process and filter event tags.
class CompletionQueueTag {
 public:
  virtual ~CompletionQueueTag() {}
  /// FinalizeResult must be called before informing user code that the
  /// operation bound to the underlying core completion queue tag has
  /// completed.
  virtual bool FinalizeResult(void** tag, bool* status) = 0;
};
}  // namespace internal

}  // namespace grpc

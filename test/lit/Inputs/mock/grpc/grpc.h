// Mock of gRPC core's <grpc/grpc.h> (with the types of
// <grpc/impl/grpc_types.h>): the completion-queue calls the C++ API is
// built on. grpc_completion_queue_next and grpc_completion_queue_pluck wait
// for an event until the deadline. Only declarations.
#pragma once

#include <grpc/impl/connectivity_state.h>
#include <grpc/support/time.h>

#ifndef GRPCAPI
#define GRPCAPI GPRAPI
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Completion Queues enable notification of the completion of
 * asynchronous actions. */
typedef struct grpc_completion_queue grpc_completion_queue;

/** A Call represents an RPC. */
typedef struct grpc_call grpc_call;

/** The type of completion (for grpc_event) */
typedef enum grpc_completion_type {
  /** Shutting down */
  GRPC_QUEUE_SHUTDOWN,
  /** No event before timeout */
  GRPC_QUEUE_TIMEOUT,
  /** Operation completion */
  GRPC_OP_COMPLETE
} grpc_completion_type;

/** The result of an operation. */
typedef struct grpc_event {
  /** The type of the completion. */
  grpc_completion_type type;
  /** If the grpc_completion_type is GRPC_OP_COMPLETE, this field indicates
      whether the operation was successful or not; 0 in case of failure and
      non-zero in case of success. */
  int success;
  /** The tag passed to grpc_call_start_batch etc to start this operation. */
  void* tag;
} grpc_event;

/** Completion queues internally MAY maintain a set of file descriptors in a
    structure called 'pollset'. */
typedef enum {
  GRPC_CQ_DEFAULT_POLLING,
  GRPC_CQ_NON_LISTENING,
  GRPC_CQ_NON_POLLING
} grpc_cq_polling_type;

/** Specifies the type of APIs to use to pop events from the completion queue */
typedef enum {
  /** Events are popped out by calling grpc_completion_queue_next() API ONLY */
  GRPC_CQ_NEXT,
  /** Events are popped out by calling grpc_completion_queue_pluck() API ONLY*/
  GRPC_CQ_PLUCK,
  /** Events trigger a callback specified as the tag */
  GRPC_CQ_CALLBACK
} grpc_cq_completion_type;

typedef struct grpc_completion_queue_functor grpc_completion_queue_functor;

#define GRPC_CQ_CURRENT_VERSION 2
typedef struct grpc_completion_queue_attributes {
  /** The version number of this structure. */
  int version;
  grpc_cq_completion_type cq_completion_type;
  grpc_cq_polling_type cq_polling_type;
  grpc_completion_queue_functor* cq_shutdown_cb;
} grpc_completion_queue_attributes;

typedef struct grpc_completion_queue_factory grpc_completion_queue_factory;

GRPCAPI const grpc_completion_queue_factory*
grpc_completion_queue_factory_lookup(
    const grpc_completion_queue_attributes* attributes);

GRPCAPI grpc_completion_queue* grpc_completion_queue_create_for_next(
    void* reserved);

GRPCAPI grpc_completion_queue* grpc_completion_queue_create_for_pluck(
    void* reserved);

GRPCAPI grpc_completion_queue* grpc_completion_queue_create(
    const grpc_completion_queue_factory* factory,
    const grpc_completion_queue_attributes* attributes, void* reserved);

/** Blocks until an event is available, the completion queue is being shut
    down, or deadline is reached. */
GRPCAPI grpc_event grpc_completion_queue_next(grpc_completion_queue* cq,
                                              gpr_timespec deadline,
                                              void* reserved);

/** Blocks until an event with tag 'tag' is available, the completion queue is
    being shutdown or deadline is reached. */
GRPCAPI grpc_event grpc_completion_queue_pluck(grpc_completion_queue* cq,
                                               void* tag, gpr_timespec deadline,
                                               void* reserved);

GRPCAPI void grpc_completion_queue_shutdown(grpc_completion_queue* cq);

GRPCAPI void grpc_completion_queue_destroy(grpc_completion_queue* cq);

#ifdef __cplusplus
}
#endif

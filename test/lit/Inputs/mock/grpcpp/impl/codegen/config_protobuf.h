// Mock of gRPC's <grpcpp/impl/codegen/config_protobuf.h>: grpc::protobuf
// names protobuf's classes (the generated stubs use
// ::grpc::protobuf::MessageLite).
#pragma once

#include <google/protobuf/message.h>

namespace grpc {
namespace protobuf {

typedef ::google::protobuf::MessageLite MessageLite;
typedef ::google::protobuf::Message Message;

}  // namespace protobuf
}  // namespace grpc

// Mock of gRPC's <grpcpp/support/config.h>.
#pragma once

#include <string>

namespace grpc {
typedef std::string string;
}  // namespace grpc

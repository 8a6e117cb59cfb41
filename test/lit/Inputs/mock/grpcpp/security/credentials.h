// Mock of gRPC's <grpcpp/security/credentials.h>: the credentials a channel
// is created with (no I/O until the channel connects).
#pragma once

#include <memory>

namespace grpc {

/// A channel credentials object encapsulates all the state needed by a client
/// to authenticate with a server for a given channel.
class ChannelCredentials : public std::enable_shared_from_this<ChannelCredentials> {
 public:
  ChannelCredentials();
  virtual ~ChannelCredentials();
};

/// Credentials for an unencrypted, unauthenticated channel
std::shared_ptr<ChannelCredentials> InsecureChannelCredentials();

}  // namespace grpc

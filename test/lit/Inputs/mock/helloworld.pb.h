// Mock of helloworld.pb.h as protoc generates it for gRPC's
// examples/protos/helloworld.proto: the request and reply messages.
#pragma once

#include <string>

#include <google/protobuf/message.h>

namespace helloworld {

// The request message containing the user's name.
class HelloRequest final : public ::google::protobuf::Message {
 public:
  HelloRequest();
  ~HelloRequest() override;
  // string name = 1;
  void clear_name();
  const std::string& name() const;
  void set_name(const std::string& value);
};

// The response message containing the greetings
class HelloReply final : public ::google::protobuf::Message {
 public:
  HelloReply();
  ~HelloReply() override;
  // string message = 1;
  void clear_message();
  const std::string& message() const;
  void set_message(const std::string& value);
};

}  // namespace helloworld

// Mock of protobuf's <google/protobuf/message_lite.h>: the base of every
// generated message.
#pragma once

#include <string>

namespace google {
namespace protobuf {

class MessageLite {
 public:
  constexpr MessageLite() {}
  virtual ~MessageLite() = default;
  std::string SerializeAsString() const;
  bool ParseFromString(const std::string& data);
};

}  // namespace protobuf
}  // namespace google

// Mock of protobuf's <google/protobuf/message.h>.
#pragma once

#include <google/protobuf/message_lite.h>

namespace google {
namespace protobuf {

class Message : public MessageLite {
 public:
  constexpr Message() {}
  std::string DebugString() const;
};

}  // namespace protobuf
}  // namespace google

// A compiled library nothing is known of: declarations only.
#pragma once
extern "C" int vendor_fetch(const char *key, char *out, int size);
namespace vendor {
int render(const char *name);
class Client {
public:
  int call(const char *method);
};
} // namespace vendor

#include <random>

// A fresh engine for every number: a random_device read and a Mersenne
// Twister seeding per call.
int rand_range(int low, int high) {
  std::random_device device;
  std::mt19937 engine(device());
  std::uniform_int_distribution<int> pick(low, high);
  return pick(engine);
}

int clamp_to(int value, int high) { return value > high ? high : value; }

long checksum(const char *data) {
  long sum = 0;
  for (int i = 0; i < 20000000; ++i)
    sum += data[i % 64];
  return sum;
}

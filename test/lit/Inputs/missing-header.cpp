// A missing header for tool/bad-input.test.
#include <no/such/header.hpp>
int main() {}

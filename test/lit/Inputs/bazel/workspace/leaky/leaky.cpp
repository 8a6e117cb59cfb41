#include "leaky/secret.hpp"

int reveal() { return secret(); }

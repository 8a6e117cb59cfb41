#include "io.hpp"

std::string warm_up() { return app::load_with_retry("warm.conf"); }

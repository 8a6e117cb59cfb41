// Mock Boost.Asio: see asio_mock_impl.hpp.
#pragma once
#define STALL_MOCK_ASIO_NS boost::asio
#include "../asio_mock_impl.hpp"
#undef STALL_MOCK_ASIO_NS

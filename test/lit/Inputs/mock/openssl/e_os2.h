// Mock of OpenSSL's <openssl/e_os2.h> (3.0): the macros ssl.h uses.
#pragma once

#if defined(UNUSEDRESULT_DEBUG)
#define __owur __attribute__((__warn_unused_result__))
#else
#define __owur
#endif

// Mock of libcurl's <curl/easy.h> (7.88), included by curl.h:
// curl_easy_perform runs the whole transfer in the calling thread;
// curl_easy_recv and curl_easy_send (on a CURLOPT_CONNECT_ONLY connection)
// return CURLE_AGAIN instead of waiting. Only declarations.
#pragma once

#ifdef  __cplusplus
extern "C" {
#endif

/* Flag bits in the curl_blob struct: */
#define CURL_BLOB_COPY   1 /* tell libcurl to copy the data */
#define CURL_BLOB_NOCOPY 0 /* tell libcurl to NOT copy the data */

struct curl_blob {
  void *data;
  size_t len;
  unsigned int flags; /* bit 0 is defined, the rest are reserved and should be
                         left zeroes */
};

CURL_EXTERN CURL *curl_easy_init(void);
CURL_EXTERN CURLcode curl_easy_setopt(CURL *curl, CURLoption option, ...);
CURL_EXTERN CURLcode curl_easy_perform(CURL *curl);
CURL_EXTERN void curl_easy_cleanup(CURL *curl);

CURL_EXTERN CURLcode curl_easy_getinfo(CURL *curl, CURLINFO info, ...);

CURL_EXTERN CURL *curl_easy_duphandle(CURL *curl);

CURL_EXTERN void curl_easy_reset(CURL *curl);

CURL_EXTERN CURLcode curl_easy_recv(CURL *curl, void *buffer, size_t buflen,
                                    size_t *n);

CURL_EXTERN CURLcode curl_easy_send(CURL *curl, const void *buffer,
                                    size_t buflen, size_t *n);

CURL_EXTERN CURLcode curl_easy_upkeep(CURL *curl);

#ifdef  __cplusplus
} /* end of extern "C" */
#endif

// Mock of hiredis's <hiredis/read.h> (0.14; 1.x keeps these
// declarations): the reply parser, memory only.
#pragma once
#include <stdio.h> /* for size_t */

#define REDIS_ERR -1
#define REDIS_OK 0

#define REDIS_REPLY_STRING 1
#define REDIS_REPLY_ARRAY 2
#define REDIS_REPLY_INTEGER 3
#define REDIS_REPLY_NIL 4
#define REDIS_REPLY_STATUS 5
#define REDIS_REPLY_ERROR 6

#ifdef __cplusplus
extern "C" {
#endif

typedef struct redisReader {
    int err; /* Error flags, 0 when there is no error */
    char errstr[128]; /* String representation of error when applicable */

    char *buf; /* Read buffer */
    size_t pos; /* Buffer cursor */
    size_t len; /* Buffer length */
    size_t maxbuf; /* Max length of unused buffer */
    /* ... */
    void *reply; /* Temporary reply pointer */
    void *privdata;
} redisReader;

void redisReaderFree(redisReader *r);
int redisReaderFeed(redisReader *r, const char *buf, size_t len);
int redisReaderGetReply(redisReader *r, void **reply);

#ifdef __cplusplus
}
#endif

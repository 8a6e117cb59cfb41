// Mock of PostgreSQL's <postgres_ext.h> (libpq-dev): the backend's
// externally visible types libpq-fe.h uses.
#pragma once

typedef unsigned int Oid;
#define InvalidOid ((Oid)0)

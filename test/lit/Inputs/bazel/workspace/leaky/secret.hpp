#pragma once
inline int secret() { return 42; }

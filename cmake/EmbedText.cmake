# Writes INPUT as a C++ raw string literal named SYMBOL into OUTPUT.
file(READ "${INPUT}" CONTENT)
set(DELIMITER "stall_embed")
string(FIND "${CONTENT}" ")${DELIMITER}\"" CLASH)
if(NOT CLASH EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT}; do not edit.\n"
  "constexpr char ${SYMBOL}[] = R\"${DELIMITER}(${CONTENT})${DELIMITER}\";\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")

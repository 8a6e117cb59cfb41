//===--- RoundTripFuzzer.cpp - stallcheck ---------------------------------===//
//
// libFuzzer target: findings made of arbitrary bytes (check names, paths,
// messages, offsets) written as a baseline and as SARIF, then read back.
// What is read must be what was written: every fingerprint, one SARIF
// result per finding, valid JSON either way. A mismatch traps.
//
//===----------------------------------------------------------------------===//

#include "Findings.h"
#include "clang/Tooling/Core/Diagnostic.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <cstddef>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>
#include <string>
#include <vector>

using namespace clang::tidy::stall;

namespace {
[[noreturn]] void mismatch() { __builtin_trap(); }
} // namespace

// libFuzzer names the entry point.
// NOLINTNEXTLINE(readability-identifier-naming)
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *Data,
                                      std::size_t Size) {
  FuzzedDataProvider Input(Data, Size);
  std::vector<clang::tooling::Diagnostic> Diagnostics;
  const size_t Count = Input.ConsumeIntegralInRange<size_t>(0, 8);
  for (size_t I = 0; I < Count; ++I) {
    clang::tooling::Diagnostic Diag;
    Diag.DiagnosticName = Input.ConsumeBool()
                              ? std::string("stall-blocking-call")
                              : Input.ConsumeRandomLengthString(24);
    Diag.DiagLevel = Input.ConsumeBool() ? clang::tooling::Diagnostic::Warning
                                         : clang::tooling::Diagnostic::Error;
    Diag.Message.FilePath = Input.ConsumeRandomLengthString(48);
    Diag.Message.FileOffset = Input.ConsumeIntegral<unsigned>();
    Diag.Message.Message = Input.ConsumeRandomLengthString(96);
    if (Input.ConsumeBool()) {
      clang::tooling::DiagnosticMessage Note;
      Note.FilePath = Input.ConsumeRandomLengthString(48);
      Note.FileOffset = Input.ConsumeIntegral<unsigned>();
      Note.Message = Input.ConsumeRandomLengthString(48);
      Diag.Notes.push_back(std::move(Note));
    }
    Diagnostics.push_back(std::move(Diag));
  }

  SourceFiles Sources;
  const std::string Root = "/nonexistent/root";
  std::vector<std::string> Prints = fingerprints(Diagnostics, Root, Sources);
  if (Prints.size() != Diagnostics.size())
    mismatch();

  // The baseline: every fingerprint written is read back.
  std::string Written;
  llvm::raw_string_ostream BaselineOut(Written);
  llvm::cantFail(
      writeBaseline(BaselineOut, Diagnostics, Prints, Root, Sources));
  llvm::Expected<Baseline> Read = parseBaseline(Written, "round-trip.json");
  if (!Read)
    mismatch();
  for (const std::string &Print : Prints)
    if (!Read->Fingerprints.contains(Print))
      mismatch();

  // SARIF: valid JSON with one result per finding.
  SarifSettings Settings{"0.0.0", Root, ""};
  std::string Sarif;
  llvm::raw_string_ostream SarifOut(Sarif);
  SarifOut << sarifLog(Diagnostics, Prints, Settings, Sources);
  llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Sarif);
  if (!Parsed)
    mismatch();
  const llvm::json::Object *Log = Parsed->getAsObject();
  const llvm::json::Array *Runs = Log ? Log->getArray("runs") : nullptr;
  const llvm::json::Object *Run =
      Runs && !Runs->empty() ? (*Runs)[0].getAsObject() : nullptr;
  const llvm::json::Array *Results = Run ? Run->getArray("results") : nullptr;
  if (!Results || Results->size() != Diagnostics.size())
    mismatch();
  return 0;
}

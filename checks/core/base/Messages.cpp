//===--- Messages.cpp - stallcheck ----------------------------------------===//

#include "core/base/Messages.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "llvm/ADT/SmallString.h"

namespace clang::tidy::stall {

namespace {
/// Keeps the text of the one diagnostic it is given.
class TextCapture : public DiagnosticConsumer {
public:
  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    llvm::SmallString<256> Buffer;
    Info.FormatDiagnostic(Buffer);
    Text = Buffer.str().str();
  }
  std::string Text;
};
} // namespace

std::string formatMessage(const Message &M) {
  TextCapture Capture;
  DiagnosticsEngine Engine(
      llvm::IntrusiveRefCntPtr<DiagnosticIDs>(new DiagnosticIDs),
      new DiagnosticOptions, &Capture, /*ShouldOwnClient=*/false);
  unsigned ID = Engine.getDiagnosticIDs()->getCustomDiagID(
      DiagnosticIDs::Warning, M.Format);
  {
    DiagnosticBuilder Builder = Engine.Report(ID);
    addArguments(Builder, M);
  }
  return Capture.Text;
}

void addArguments(const DiagnosticBuilder &Builder, const Message &M) {
  for (const MessageArg &Arg : M.Args) {
    if (const auto *Number = std::get_if<unsigned>(&Arg))
      Builder << *Number;
    else
      Builder << std::get<std::string>(Arg);
  }
}

} // namespace clang::tidy::stall

import Foundation
import NewsExtract

/// The version printed by `--version`.
let toolVersion = "0.1.0"

func printError(_ message: String) {
  FileHandle.standardError.write(Data(("newsextract: " + message + "\n").utf8))
}

func write(_ text: String) {
  FileHandle.standardOutput.write(Data(text.utf8))
}

func readStandardInput() -> Data {
  FileHandle.standardInput.readDataToEndOfFile()
}

func run() -> Int32 {
  let command: Command
  do {
    command = try CommandLineParser.parse(Array(CommandLine.arguments.dropFirst()))
  } catch {
    printError(error.description)
    return 2
  }
  switch command {
  case .help:
    write(CommandLineParser.helpText + "\n")
    return 0
  case .version:
    write("newsextract \(toolVersion)\n")
    return 0
  case .validate(let folder, let update):
    return Validate.run(folder: folder, update: update)
  case .jsonl(let options):
    return BatchCommand.run(options)
  case .extract(let options):
    return ExtractCommand.run(options)
  }
}

exit(run())

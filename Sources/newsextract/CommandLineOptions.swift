import NewsExtract

/// The output formats of the CLI.
enum OutputFormat: String {
  case json, csv, html
}

/// The table `--format csv` prints.
enum CSVTable: String {
  case facts, credits
}

/// What the command line asked for.
enum Command {
  case extract(ExtractOptions)
  case validate(folder: String, update: Bool)
  case jsonl(ExtractOptions)
  case help
  case version
}

/// Options of the extract commands.
struct ExtractOptions {
  var inputs: [String] = []
  var pretty = false
  var format = OutputFormat.json
  var table = CSVTable.facts
}

/// Parses arguments by hand (the package has no dependencies).
enum CommandLineParser {
  static func parse(_ arguments: [String]) throws(NewsExtractError) -> Command {
    var options = ExtractOptions()
    var jsonl = false
    var rest = arguments[...]
    if rest.first == "validate" {
      rest = rest.dropFirst()
      var update = false
      var folder: String?
      for argument in rest {
        switch argument {
        case "--update": update = true
        case "-h", "--help": return .help
        default:
          if argument.hasPrefix("-") { throw usage("unknown option '\(argument)' for validate") }
          if folder != nil { throw usage("validate takes one folder") }
          folder = argument
        }
      }
      guard let folder else {
        throw usage("validate needs a folder: newsextract validate Fixtures")
      }
      return .validate(folder: folder, update: update)
    }
    var onlyFiles = false
    while let argument = rest.popFirst() {
      if onlyFiles || argument == "-" || !argument.hasPrefix("-") {
        options.inputs.append(argument)
        continue
      }
      switch argument {
      case "--": onlyFiles = true
      case "-h", "--help": return .help
      case "--version": return .version
      case "--pretty": options.pretty = true
      case "--jsonl": jsonl = true
      case "--format", "--table":
        guard let value = rest.popFirst() else { throw usage("\(argument) needs a value") }
        try apply(argument, value, to: &options)
      default:
        if let equals = argument.firstIndex(of: "="),
          ["--format", "--table"].contains(String(argument[..<equals]))
        {
          try apply(
            String(argument[..<equals]), String(argument[argument.index(after: equals)...]),
            to: &options)
        } else {
          throw usage("unknown option '\(argument)'")
        }
      }
    }
    if jsonl { return .jsonl(options) }
    if options.format == .html && options.inputs.count > 1 {
      throw usage("--format html writes one page; give one FILE (run it once per file)")
    }
    if options.inputs.isEmpty { throw usage("no input; give FILE… or - for standard input") }
    return .extract(options)
  }

  private static func apply(_ option: String, _ value: String, to options: inout ExtractOptions)
    throws(NewsExtractError)
  {
    if option == "--format" {
      guard let format = OutputFormat(rawValue: value) else {
        throw usage("--format takes json, csv or html, not '\(value)'")
      }
      options.format = format
    } else {
      guard let table = CSVTable(rawValue: value) else {
        throw usage("--table takes facts or credits, not '\(value)'")
      }
      options.table = table
    }
  }

  static func usage(_ reason: String) -> NewsExtractError {
    NewsExtractError(.usage, subject: nil, reason: reason + " (see newsextract --help)")
  }

  static let helpText = """
    newsextract — read Chinese newspaper pages into JSON: masthead, articles, credits, numeric facts.

    USAGE
      newsextract [--pretty] [--format json|csv|html] [--table facts|credits] FILE…
      newsextract -                       read one page from standard input
      newsextract --jsonl [FILE…]         batch: JSON Lines {"id","text"} on stdin (or plain files),
                                          one result per line, in input order, on every core
      newsextract validate [--update] DIR check every NAME.txt + NAME.json fixture under DIR

    OPTIONS
      --pretty            indent the JSON (default: compact)
      --format json       one JSON object per page (JSON Lines with "source" for several files)
      --format csv        one row per fact (--table facts, default) or per credit (--table credits)
      --format html       a self-contained review page with the masthead, credits and facts highlighted
      --update            with validate: rewrite the expected JSON and print what changed
      -h, --help          show this help
      --version           show the version

    EXIT STATUS
      0 success; 1 a file could not be read or decoded, or a fixture did not match; 2 usage error.
    """
}

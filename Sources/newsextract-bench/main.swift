import Foundation
import NewsExtract

print("newsextract-bench: not yet implemented")

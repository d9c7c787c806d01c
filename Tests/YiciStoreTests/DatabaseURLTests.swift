import Foundation
import Testing
import YiciStore

/// `--database postgres://…`: the URL read as libpq reads it, a bad one refused saying what
/// is wrong (never with its password), and a server that cannot be reached named.
@Suite struct DatabaseURLTests {
  @Test func theURLsPartsAreReadWithLibpqsDefaults() throws {
    let full = try DatabaseURL("postgres://yici:s%40cret@db.example:6543/decisions?sslmode=require")
    #expect(full.user == "yici")
    #expect(full.password == "s@cret")
    #expect(full.host == "db.example")
    #expect(full.port == 6543)
    #expect(full.database == "decisions")
    #expect(full.tls == .require)
    #expect(full.description == "postgres://yici@db.example:6543/decisions")
    let bare = try DatabaseURL("postgresql://")
    #expect(bare.user == "postgres")
    #expect(bare.password == nil)
    #expect(bare.host == "127.0.0.1")
    #expect(bare.port == 5432)
    #expect(bare.database == "postgres")
    #expect(bare.tls == .prefer)
    #expect(try DatabaseURL("postgres://u@[::1]:5433/d").host == "::1")
  }

  @Test(arguments: [
    ("mysql://u@h/d", "takes a URL postgres://"),
    ("postgres://u@h/d?sslmode=sometimes", "sslmode takes disable, prefer, require, not 'sometimes'"),
    ("postgres://u@h/d?timeout=3", "unknown parameter 'timeout'"),
    ("postgres://u@h/d/e", "not a database name"),
    ("postgres://u:secret@h:port/d", "not a valid URL"),
  ])
  func aBadURLIsRefusedSayingWhatIsWrong(_ text: String, _ message: String) {
    do {
      _ = try DatabaseURL(text)
      Issue.record("\(text) was read")
    } catch {
      #expect(error.description.contains(message), "\(error.description)")
      #expect(!error.description.contains("secret"))
    }
  }

  /// (How long it takes is checked on `yici serve`, in a process of its own: here the tests
  /// beside it may keep the threads busy.)
  @Test func anUnreachableServerIsNamed() async throws {
    let url = try DatabaseURL("postgres://yici:secret@127.0.0.1:1/decisions?sslmode=disable")
    do {
      _ = try await PostgresStore(url: url, timeout: .seconds(2))
      Issue.record("a store was opened on a port where nothing listens")
    } catch {
      #expect(error.description.contains("cannot reach PostgreSQL at postgres://yici@127.0.0.1:1/decisions"))
      #expect(!error.description.contains("secret"))
    }
  }
}

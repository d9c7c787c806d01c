import ArgumentParser
import YiciStore

extension StoreLocation {
  /// The store `--database URL` or else the data folder names: a URL that cannot be read
  /// is said (never with its password) and ends the command with the usage status.
  static func given(database: String?, folder: String) throws -> StoreLocation {
    do throws(StoreError) {
      return try StoreLocation(database: database, folder: folder)
    } catch {
      Terminal.error(error.description)
      throw ExitCode(ExitStatus.usage)
    }
  }
}

import Foundation
import Testing

@testable import YiciInterchange

/// The system calls fenced in this module: what a path names, reading and writing file
/// descriptors, and replacing a file whole.
@Suite struct FileCallTests {
  let folder: String = {
    let path = NSTemporaryDirectory() + "yici-file-calls-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  @Test func pathKindsFollowLinksAsFileManagerDoes() throws {
    let file = folder + "/a.yici"
    try Data("x".utf8).write(to: URL(fileURLWithPath: file))
    try FileManager.default.createSymbolicLink(atPath: folder + "/to-folder", withDestinationPath: folder)
    try FileManager.default.createSymbolicLink(atPath: folder + "/broken", withDestinationPath: folder + "/nothing")
    #expect(PathKind(folder) == .folder)
    #expect(PathKind(file) == .other)
    #expect(PathKind(folder + "/to-folder") == .folder)
    #expect(PathKind(folder + "/broken") == .missing)
    #expect(PathKind(folder + "/nothing") == .missing)
    #expect(PathKind("") == .missing)
  }

  @Test func aFileIsWrittenAndReadBack() throws {
    let path = folder + "/out.txt"
    let bytes = Array((0..<100_000).map { UInt8(truncatingIfNeeded: $0) })
    #expect(FileReplacement.write(bytes, to: path, folder: folder, name: "out.txt") == nil)
    #expect(FileReplacement.kind(of: path) == .regular)
    let descriptor = try #require(FileDescriptorIO.openForReading(path))
    defer { FileDescriptorIO.close(descriptor) }
    var read: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while let count = FileDescriptorIO.read(descriptor, into: &chunk), count > 0 { read += chunk[..<count] }
    #expect(read == bytes)
  }

  @Test func replacingKeepsTheModeAndRefusesALink() throws {
    let path = folder + "/kept.txt"
    #expect(FileReplacement.write(Array("one".utf8), to: path, folder: folder, name: "kept.txt") == nil)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    #expect(FileReplacement.write(Array("two".utf8), to: path, folder: folder, name: "kept.txt") == nil)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
    try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: path)
    #expect(FileReplacement.kind(of: folder + "/link") == .other)
    #expect(FileReplacement.write([], to: folder + "/link", folder: folder, name: "link") == .notRegular)
    #expect(FileReplacement.write([], to: folder + "/no/such/x", folder: folder + "/no/such", name: "x") != nil)
  }

  @Test func aMissingFileCannotBeOpened() {
    #expect(FileDescriptorIO.openForReading(folder + "/missing") == nil)
    #expect(!FileDescriptorIO.lastErrorText.isEmpty)
  }
}

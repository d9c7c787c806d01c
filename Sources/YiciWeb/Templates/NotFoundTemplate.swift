/// A page that does not exist, or a service the rules do not have.
enum NotFoundTemplate {
  static let text = """
    <h1>{{w.notFound}}</h1>
    <p>{{message}}</p>
    <p><a href="/?lang={{lang}}">{{w.catalogue}}</a></p>
    """
}

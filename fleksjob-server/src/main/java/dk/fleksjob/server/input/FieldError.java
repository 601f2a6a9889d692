package dk.fleksjob.server.input;

/**
 * One thing wrong with one input field, as the API returns it in a problem's {@code fejl} list and the pages show it
 * beside the field.
 *
 * @param felt   the field, as named in the JSON request and the CLI (camelCase; nested: {@code parametre.<id>})
 * @param kode   a stable code for programs: ugyldig-json, forkert-type, ukendt-felt, for-stor, for-mange-decimaler,
 *               ukendt-parameter, ugyldig-vaerdi, regel
 * @param besked the message in the request's language
 */
public record FieldError(String felt, String kode, String besked) {
}

package dk.fleksjob.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A payout's input ("grundlag") as stored: the JSON of what the month was paid on, compressed with the input
 * dictionary ({@link PresetDictionary#GRUNDLAG}) in {@code udbetaling.grundlag_z}, about 140 bytes instead of 500.
 * Payouts written before migration V6 keep their JSON as text in {@code grundlag}; each row has one of the two.
 */
final class StoredGrundlag {

    /** Dictionaries by block key. A key is the digest of the block's content, so a text once read stays right. */
    private static final Map<String, String> DICTIONARIES = new ConcurrentHashMap<>(Map.of(
        PresetDictionary.GRUNDLAG.key(), PresetDictionary.GRUNDLAG.text()));

    private StoredGrundlag() {
    }

    static byte[] encode(Utf8Json json) {
        return PresetDictionary.GRUNDLAG.compress(json);
    }

    /** The block the payouts written now name: it goes into {@code forklaring_blok} with the first of them. */
    static String dictionaryKey() {
        return PresetDictionary.GRUNDLAG.key();
    }

    /** The input JSON of the payout row {@code rs} is on. */
    static String read(ResultSet rs) throws SQLException {
        String text = rs.getString("grundlag");
        if (text != null) {
            return text;
        }
        byte[] stored = rs.getBytes("grundlag_z");
        if (stored == null || !PresetDictionary.isCompressed(stored)) {
            throw new IllegalStateException("udbetaling " + rs.getLong("id") + " har intet læsbart grundlag");
        }
        String key = PresetDictionary.keyOf(stored);
        String dictionary = DICTIONARIES.get(key);
        if (dictionary == null) {
            dictionary = lookUp(rs.getStatement().getConnection(), key);
            DICTIONARIES.put(key, dictionary);
        }
        return new String(PresetDictionary.decompress(stored, dictionary), StandardCharsets.UTF_8);
    }

    private static String lookUp(Connection c, String key) throws SQLException {
        List<String> found = Db.query(c, "select indhold from forklaring_blok where noegle = ?", r -> r.getString(1), key);
        if (found.isEmpty()) {
            throw new IllegalStateException("grundlagets ordbog " + key + " mangler i databasen");
        }
        return found.get(0);
    }
}

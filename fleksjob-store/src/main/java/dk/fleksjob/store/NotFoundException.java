package dk.fleksjob.store;

/** No such record in the caseworker's jobcentre (a case of another jobcentre is "not found", never "forbidden"). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, long id) {
        super(what + " " + id + " findes ikke i dit jobcenter");
    }
}

package briefing.render;

import java.util.List;

/**
 * One numbered part of a list page that grows with the briefing (the sources, the events, the
 * timeline, the comparison). A list of at most {@code size} items stays one page at its own path;
 * a longer one is cut into parts of {@code size} items: the first at the page's own path, part
 * {@code k} beside it at {@code <path without .html>.k.html} (an id never holds a dot, so no item
 * page can be there).
 *
 * @param number the part, from 1
 * @param count  how many parts the list has
 * @param from   the index of the part's first item in the whole list
 * @param to     the index after its last item
 */
record Part(int number, int count, int from, int to) {

    /** The whole list, as one page. */
    static Part whole(int items) {
        return new Part(1, 1, 0, items);
    }

    /** How many pages a list of {@code items} makes, {@code size} items to a part. */
    static int count(int items, int size) {
        return items <= size ? 1 : (items + size - 1) / size;
    }

    /** The route id of part {@code number} of {@code count}, as {@link #of} reads it. */
    static String id(int number, int count) {
        return number + "/" + count;
    }

    /** The part a route id names, of a list of {@code items}, {@code size} to a part; the whole list for null. */
    static Part of(String id, int items, int size) {
        if (id == null) {
            return whole(items);
        }
        int slash = id.indexOf('/');
        int number = Integer.parseInt(id.substring(0, slash));
        int count = Integer.parseInt(id.substring(slash + 1));
        int from = Math.min(items, (number - 1) * size);
        return new Part(number, count, from, Math.min(items, from + size));
    }

    /** The path of part {@code number} of a page at {@code path}: the path itself for the first. */
    static String path(String path, int number) {
        return number == 1 ? path : path.substring(0, path.length() - ".html".length()) + "." + number + ".html";
    }

    /** Whether the list is cut into parts at all. */
    boolean split() {
        return count > 1;
    }

    /** The items of {@code list} this part shows. */
    <T> List<T> of(List<T> list) {
        return list.subList(Math.min(from, list.size()), Math.min(to, list.size()));
    }
}

package briefing.render;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number for every input the pages of a run of rebuilds have read, the same from one rebuild to
 * the next: a rebuild keeps each input's value at its number, and each page the numbers of its
 * inputs, instead of maps and sets of the inputs themselves. Numbers are never given back (an input
 * no page reads any more keeps its number; they are few). Thread-safe.
 */
final class InputIndex {
    private final ConcurrentHashMap<Input, Integer> numbers = new ConcurrentHashMap<>();
    private volatile Input[] inputs = new Input[1024];
    private volatile int size;

    /** The input's number, given now if it has none. */
    int numberOf(Input input) {
        Integer number = numbers.get(input);
        return number != null ? number : add(input);
    }

    private synchronized int add(Input input) {
        Integer number = numbers.get(input);
        if (number != null) {
            return number;
        }
        int n = size;
        if (n == inputs.length) {
            inputs = Arrays.copyOf(inputs, n * 2);
        }
        inputs[n] = input;
        size = n + 1; // after the input is in place: a reader that sees the size sees it
        numbers.put(input, n);
        return n;
    }

    /** How many inputs have a number: they are numbered from 0 to this, exclusive. */
    int size() {
        return size;
    }

    /** The input with this number, which must have been given. */
    Input input(int number) {
        return inputs[number];
    }
}

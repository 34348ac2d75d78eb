//! One stable insertion sort for the short lists the app sorts (a few dozen items at most: steps,
//! notices, actions, periods, citations). std's `sort`/`sort_by_key` (driftsort) is compiled anew
//! for every element type and comparator and costs one to two kilobytes of wasm per copy; this
//! loop costs a few dozen bytes per copy, and for lists this short it is as fast.

/// Sort `v` stably by `less` (a strict "comes before"): equal items keep their order.
pub fn sort_small_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sort `v` stably by `key`, as `slice::sort_by_key` does: equal keys keep their order.
pub fn sort_small_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_small_by(v, |a, b| key(a) < key(b));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fixed pseudo-random inputs (a linear congruential generator), so a failure repeats.
    fn inputs() -> Vec<Vec<(u8, usize)>> {
        let mut seed = 0x2545_f491_u32;
        let mut next = move || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            seed >> 16
        };
        (0..60)
            .map(|n| {
                let len = n % 40;
                let spread = 1 + next() % 8;
                // The second field is the original position, to see that equal keys keep order.
                (0..len).map(|i| ((next() % spread) as u8, i)).collect()
            })
            .collect()
    }

    #[test]
    fn matches_std_stable_sort() {
        for input in inputs() {
            let mut ours = input.clone();
            let mut std = input.clone();
            sort_small_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "input {input:?}");
            let mut ours = input.clone();
            let mut std = input;
            sort_small_by(&mut ours, |a, b| a.0 > b.0);
            std.sort_by(|a, b| b.0.cmp(&a.0));
            assert_eq!(ours, std);
        }
    }

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e'), (2, 'f')];
        sort_small_by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c'), (2, 'f')]);
        let mut same = [(5, 'x'), (5, 'y'), (5, 'z')];
        sort_small_by_key(&mut same, |p| p.0);
        assert_eq!(same, [(5, 'x'), (5, 'y'), (5, 'z')]);
    }

    #[test]
    fn empty_and_single() {
        let mut empty: [u8; 0] = [];
        sort_small_by_key(&mut empty, |x| *x);
        let mut one = [7];
        sort_small_by_key(&mut one, |x| *x);
        assert_eq!(one, [7]);
    }
}

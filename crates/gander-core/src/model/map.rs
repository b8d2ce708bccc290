//! The model's maps by name: a clone costs two pointer copies, and a look-up or a change costs
//! the same at any size, so that replaying N migrations (each Down over a copy of the model its
//! Up left) costs O(N).

use std::collections::HashMap;
use std::sync::Arc;

/// The hasher of the model's maps: deterministic (runs are reproducible), cheap on short names.
pub(crate) type Hasher = std::hash::BuildHasherDefault<rustc_hash::FxHasher>;

/// A persistent set of names.
pub(crate) type NameSet = imbl::GenericHashSet<String, Hasher, imbl::shared_ptr::DefaultSharedPtr>;

/// Changes over a shared base: `None` removes the name.
type Over<V> =
    imbl::GenericHashMap<Arc<str>, Option<V>, Hasher, imbl::shared_ptr::DefaultSharedPtr>;

/// When `over` is folded into `base`: beyond this many changes, and half the base.
const FOLD_AT: usize = 64;

/// A map by name in two layers: `base`, a plain hash map shared between clones and changed in
/// place while one map alone holds it, and `over`, a persistent map of the changes made while
/// `base` is shared. The replay's common case (the model changed while no copy of it lives) is
/// a plain hash map's; a Down over a copy writes only what it changes into its `over`, where a
/// persistent tree would copy a path of nodes for each change (and an ordered one would make
/// every look-up cost more as the schema grows).
#[derive(Clone, Debug)]
pub(crate) struct Map<V: Clone> {
    base: Arc<HashMap<Arc<str>, V, Hasher>>,
    over: Over<V>,
}

impl<V: Clone> Default for Map<V> {
    fn default() -> Self {
        Map {
            base: Arc::default(),
            over: Over::default(),
        }
    }
}

impl<V: Clone> Map<V> {
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Whether `over` says anything about `k`.
    fn overridden(&self, k: &str) -> bool {
        !self.over.is_empty() && self.over.contains_key(k)
    }

    pub(crate) fn get(&self, k: &str) -> Option<&V> {
        if !self.over.is_empty()
            && let Some(v) = self.over.get(k)
        {
            return v.as_ref();
        }
        self.base.get(k)
    }

    pub(crate) fn contains_key(&self, k: &str) -> bool {
        self.get(k).is_some()
    }

    /// The base to change `k` in, when this map alone holds it (what `over` said about `k`
    /// moved into it first).
    fn settle(&mut self, k: &str) -> Option<&mut HashMap<Arc<str>, V, Hasher>> {
        let moved = if self.overridden(k) && Arc::get_mut(&mut self.base).is_some() {
            self.over.remove(k)
        } else {
            None
        };
        let base = Arc::get_mut(&mut self.base)?;
        match moved {
            Some(Some(v)) => {
                base.insert(k.into(), v);
            }
            Some(None) => {
                base.remove(k);
            }
            None => {}
        }
        Some(base)
    }

    pub(crate) fn get_mut(&mut self, k: &str) -> Option<&mut V> {
        // A fold leaves the base this map's own, to change in place.
        let _ = self.fold();
        if self.settle(k).is_some() {
            return self.settle(k)?.get_mut(k);
        }
        if !self.overridden(k) {
            let v = self.base.get(k)?.clone();
            self.over.insert(k.into(), Some(v));
        }
        self.over.get_mut(k)?.as_mut()
    }

    /// Sets `k`; what it held before.
    pub(crate) fn insert(&mut self, k: Arc<str>, v: V) -> Option<V> {
        if let Some(base) = self.settle(&k) {
            return base.insert(k, v);
        }
        let old = self.get(&k).cloned();
        self.over.insert(k, Some(v));
        let _ = self.fold();
        old
    }

    /// Removes `k`; what it held.
    pub(crate) fn remove(&mut self, k: &str) -> Option<V> {
        if let Some(base) = self.settle(k) {
            return base.remove(k);
        }
        let old = self.get(k).cloned();
        if self.base.contains_key(k) {
            self.over.insert(k.into(), None);
            let _ = self.fold();
        } else {
            self.over.remove(k);
        }
        old
    }

    pub(crate) fn clear(&mut self) {
        *self = Self::new();
    }

    /// Every entry, in no particular order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&Arc<str>, &V)> {
        self.over
            .iter()
            .filter_map(|(k, v)| v.as_ref().map(|v| (k, v)))
            .chain(self.base.iter().filter(|(k, _)| !self.overridden(k)))
    }

    pub(crate) fn keys(&self) -> impl Iterator<Item = &Arc<str>> {
        self.iter().map(|(k, _)| k)
    }

    pub(crate) fn values(&self) -> impl Iterator<Item = &V> {
        self.iter().map(|(_, v)| v)
    }

    /// Folds `over` into a base of this map's own once it has grown past [`FOLD_AT`] and half
    /// the base (the copy that costs is paid once per that many changes); whether it did.
    fn fold(&mut self) -> bool {
        if self.over.len() <= FOLD_AT || self.over.len() * 2 <= self.base.len() {
            return false;
        }
        let over = std::mem::take(&mut self.over);
        let base = Arc::make_mut(&mut self.base);
        for (k, v) in over {
            match v {
                Some(v) => {
                    base.insert(k, v);
                }
                None => {
                    base.remove(&*k);
                }
            }
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted<V: Clone + Ord>(m: &Map<V>) -> Vec<(String, V)> {
        let mut all: Vec<(String, V)> = m.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
        all.sort();
        all
    }

    #[test]
    fn a_clone_does_not_see_the_changes_of_the_other() {
        let mut a: Map<u32> = Map::new();
        a.insert("x".into(), 1);
        a.insert("y".into(), 2);
        let mut b = a.clone();
        b.insert("z".into(), 3);
        *b.get_mut("x").expect("x") = 10;
        assert_eq!(b.remove("y"), Some(2));
        assert_eq!(sorted(&a), vec![("x".into(), 1), ("y".into(), 2)]);
        assert_eq!(sorted(&b), vec![("x".into(), 10), ("z".into(), 3)]);
        assert_eq!(b.get("y"), None);
        assert!(!b.contains_key("y"));
        drop(a);
        // Alone again: changes go to the base, and the earlier ones still hold.
        b.insert("y".into(), 20);
        assert_eq!(
            sorted(&b),
            vec![("x".into(), 10), ("y".into(), 20), ("z".into(), 3)]
        );
    }

    #[test]
    fn many_changes_over_a_shared_base_fold_and_stay_right() {
        let mut a: Map<usize> = Map::new();
        for i in 0..100 {
            a.insert(format!("n{i}").into(), i);
        }
        let snapshot = a.clone();
        for i in 0..300 {
            a.insert(format!("n{i}").into(), i * 2);
            if i % 3 == 0 {
                a.remove(&format!("n{i}"));
            }
        }
        assert_eq!(snapshot.iter().count(), 100);
        assert_eq!(snapshot.get("n7"), Some(&7));
        assert_eq!(a.iter().count(), 200);
        assert_eq!(a.get("n7"), Some(&14));
        assert_eq!(a.get("n9"), None);
        assert_eq!(a.keys().count(), a.values().count());
    }
}

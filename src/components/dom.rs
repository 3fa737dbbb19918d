//! Plain DOM building for the page's hot paths (the event list), where a Leptos view per row cost
//! more than the rest of an update: at 10,000 events, building rows through reactive views took
//! about half of a filter click's time, and each distinct view adds its own code to the WASM.
//!
//! Everything here is one non-generic function per DOM call. Text always goes in as text nodes
//! (`append` with a string), never as markup, so corpus text cannot inject elements.

use leptos::prelude::document;
use wasm_bindgen::UnwrapThrowExt;
use web_sys::Element;

/// An element under construction.
pub struct El(pub Element);

impl El {
    /// A new element. `tag` is always a literal in this crate, so creation cannot fail.
    pub fn new(tag: &str) -> El {
        El(document().create_element(tag).expect_throw("a literal tag name"))
    }

    pub fn class(self, class: &str) -> El {
        self.0.set_class_name(class);
        self
    }

    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Appends `text` as a text node.
    pub fn text(self, text: &str) -> El {
        append_text(&self.0, text);
        self
    }

    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    pub fn build(self) -> Element {
        self.0
    }
}

/// Appends `text` to `parent` as a text node.
pub fn append_text(parent: &Element, text: &str) {
    if !text.is_empty() {
        let _ = parent.append_with_str_1(text);
    }
}

/// Replaces `parent`'s children with `pieces`: text, with the flagged pieces in `<mark class="hit">`.
pub fn set_marked_text(parent: &Element, pieces: &[(String, bool)]) {
    if let [(text, false)] = pieces {
        // Nothing marked: one call.
        parent.set_text_content(Some(text));
        return;
    }
    parent.set_text_content(None);
    for (piece, hit) in pieces {
        if *hit {
            let _ = parent.append_child(&El::new("mark").class("hit").text(piece).0);
        } else {
            append_text(parent, piece);
        }
    }
}

/// Makes `parent`'s children exactly `wanted`, in order, moving only what is out of place: a row
/// that stays where it was is not touched, so it keeps focus and costs nothing.
pub fn reconcile(parent: &Element, wanted: &[Element]) {
    let mut cursor = parent.first_child();
    for el in wanted {
        let node: &web_sys::Node = el;
        match &cursor {
            Some(c) if c == node => cursor = c.next_sibling(),
            _ => {
                let _ = parent.insert_before(node, cursor.as_ref());
            }
        }
    }
    // Every wanted node now sits before the cursor; what follows it is no longer wanted.
    while let Some(c) = cursor {
        cursor = c.next_sibling();
        let _ = parent.remove_child(&c);
    }
}

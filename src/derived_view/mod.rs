//! What to show for a [`ViewState`](crate::view_state::ViewState): pure functions over the
//! dataset, tested natively. The components only print what these return.

pub mod catalog;
pub mod evidence;
pub mod export;
pub mod filter;
pub mod numbers;
pub mod timeline;

#[cfg(test)]
pub mod test_data;

/// Placeholder so the module builds until its first real source file lands; delete it then.
enum GraphQueryPlaceholder {}

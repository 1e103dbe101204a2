import { defineConfig } from 'vite';

// The back office client and SelfHelp's extensions in ONE build, so the extension bundle shares the app's modules
// (one extension registry, one Lit) instead of carrying copies. Served by SelfHelp.Web under /umbraco/backoffice/,
// which reads .vite/manifest.json to find each entry's hashed files.
export default defineConfig({
	base: '/umbraco/backoffice/',
	// Files the client asks for by a fixed address (css/rte-content.css), copied as they are: not hashed, so served
	// revalidated rather than immutable.
	publicDir: 'public',
	build: {
		outDir: 'dist',
		emptyOutDir: true,
		target: 'es2022',
		minify: false,
		manifest: true,
		// The client is 40 MB of modules loaded on demand; a warning per large chunk says nothing useful here.
		chunkSizeWarningLimit: 100_000,
		reportCompressedSize: false,
		rollupOptions: {
			input: {
				app: 'src/app.ts',
				login: 'src/login.ts',
				selfhelp: 'src/selfhelp.ts',
			},
			preserveEntrySignatures: 'exports-only',
			output: {
				entryFileNames: '[name]-[hash].js',
				chunkFileNames: 'chunks/[name]-[hash].js',
				assetFileNames: 'assets/[name]-[hash][extname]',
			},
		},
	},
});

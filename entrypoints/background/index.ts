export default defineBackground({
  type: 'module',
  main() {
    console.log('qubao background');
  },
});

// Bottleneck's light build (no Redis clustering) ships without its own declaration file.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
